import Foundation
import GRDB

/// A PostgreSQL connection inside one transaction, speaking `StoreSession`. Values travel as
/// text both ways, so what the server stores is byte for byte what SQLite would; the text a
/// result carries is typed back by its column's type.
///
/// Inserts of rows the Ledger writes by the thousand (measurements, feedback, audit entries, the
/// audit index) are held and sent together by COPY, or one multi-row INSERT for the index, just
/// before the next statement or the commit: a round trip per batch instead of per row. Audit
/// entries, the most work for the server (its stamp trigger, four indexes), go out instead by a
/// COPY kept open as they are written, 64 KiB at a time, so the server inserts them on its core
/// while the Ledger builds the next rows on this one; the COPY ends before any other statement.
/// Ids are assigned here, the next after the table's highest, as SQLite assigns them: every
/// audited write holds the chain's lock, so no other writer inserts meanwhile; the table's
/// identity sequence is moved past them when they are sent.
final class PostgresSession: StoreSession {
    let connection: PostgresConnection
    private var cursors = 0
    /// The thread cursors fetch ahead on, inside `readingAhead`.
    private var fetcher: PostgresFetcher?
    /// Rows held for COPY, by table, in the order tables were first written.
    private var held: [(table: String, columns: [String], rows: PostgresCopyRows)] = []
    /// Audit entries written since the open COPY last sent, and its columns.
    private var auditStream: (columns: [String], rows: PostgresCopyRows)?
    /// Bytes of audit entries gathered before they are sent: within a socket's buffer, so sending
    /// seldom waits for the server (chunks of 256 KiB gained nothing; 16 and 64 KiB the same).
    static let streamChunk = 1 << 16
    /// Index rows held for one INSERT … ON CONFLICT DO NOTHING, by table and columns.
    private var heldIfAbsent: [String: (columns: [String], rows: [[DatabaseValue]])] = [:]
    /// The last id given out per table in this transaction.
    private var lastIDs: [String: Int64] = [:]
    /// Answers sent ahead (`prefetch`), by statement and values, each for one later call.
    private var prefetched: [Statement: PostgresRawRows] = [:]
    /// The hash of the first audit entry this transaction wrote: the one chained onto the head
    /// it locked, by which a COMMIT lost with the connection is looked up.
    private(set) var firstAuditHash: String?

    init(_ connection: PostgresConnection) { self.connection = connection }

    var dialect: SQLDialect { .postgres }

    func fetchRows(_ sql: String, values: [DatabaseValue]) throws -> [Row] {
        let rows = try rawRows(sql, values)
        return (0..<rows.count).map { rows.columns($0).decodable() }
    }

    /// A `ColumnNamedRecord` is decoded in place (`PostgresRecordDecoder`), any other from a `Row`.
    func fetchRecords<R: FetchableRecord>(_ type: R.Type, _ sql: String, values: [DatabaseValue]) throws -> [R] {
        let rows = try rawRows(sql, values)
        return try (0..<rows.count).map { try Self.record(R.self, rows.columns($0)) }
    }

    static func record<R: FetchableRecord>(_ type: R.Type, _ columns: PostgresColumns) throws -> R {
        guard let named = R.self as? any ColumnNamedRecord.Type,
            let record = try named.init(from: PostgresRecordDecoder(columns: columns, jsonDecoder: { R.databaseJSONDecoder(for: $0) })) as? R
        else { return try R(row: columns.decodable()) }
        return record
    }

    /// Through a cursor (`openCursor`), so a table of millions is never held whole.
    func forEachRow(_ sql: String, values: [DatabaseValue], _ body: (Row) throws -> Void) throws {
        try openCursor(sql, values).forEach { _, row in try body(row()) }
    }

    /// The rows of one statement held as libpq holds them, after whatever this session holds is
    /// sent; answered from what was sent ahead when it was.
    func rawRows(_ sql: String, _ values: [DatabaseValue]) throws -> PostgresRawRows {
        if holdsRows { try flush() }
        let statement = Statement(sql: PostgresPlaceholders.numbered(sql), parameters: values.map(Self.text))
        if let rows = prefetched.removeValue(forKey: statement) { return rows }
        return try connection.rawRows(statement.sql, parameters: statement.parameters)
    }

    /// One round trip for every statement not already answered.
    func prefetch(_ statements: [SQLStatement]) throws {
        if holdsRows { try flush() }
        var seen = Set(prefetched.keys)
        let wanted = statements.map {
            Statement(sql: PostgresPlaceholders.numbered($0.sql), parameters: Self.values($0.arguments).map(Self.text))
        }.filter { seen.insert($0).inserted }
        guard !wanted.isEmpty else { return }
        let answers = try connection.rawRowsTogether(wanted.map { ($0.sql, $0.parameters) })
        for (statement, rows) in zip(wanted, answers) { prefetched[statement] = rows }
    }

    /// A statement as sent: numbered placeholders and values as text.
    private struct Statement: Hashable {
        let sql: String
        let parameters: [String?]
    }

    /// A cursor over `sql` in this transaction, closed by the caller or by the transaction's end.
    func openCursor(_ sql: String, _ values: [DatabaseValue] = []) throws -> PostgresCursor {
        cursors += 1
        let name = "pilotdeck_rows_\(cursors)"
        let declare = { _ = try self.run("DECLARE \(name) NO SCROLL CURSOR FOR " + sql, values) }
        try fetcher.map { try $0.sync(declare) } ?? declare()
        return PostgresCursor(connection, name: name, fetcher: fetcher)
    }

    /// Cursors opened in `body` fetch their next batch on the fetcher's thread while `body` reads
    /// the current one; `body` reads this session only through cursors.
    func readingAhead<T>(_ body: () throws -> T) throws -> T {
        guard fetcher == nil else { return try body() }
        let fetcher = PostgresFetcher(connection)
        self.fetcher = fetcher
        defer {
            fetcher.sync {}
            self.fetcher = nil
        }
        return try body()
    }

    func fetchColumn(_ sql: String, values: [DatabaseValue]) throws -> [DatabaseValue] {
        let rows = try rawRows(sql, values)
        return (0..<rows.count).map { rows.columns($0).value(0) }
    }

    func execute(_ sql: String, values: [DatabaseValue]) throws { try run(sql, values) }

    /// An insert that names an `id` column (bound NULL for a new row) or none at all is held for
    /// COPY; one that leaves the id out has the server assign it and reads it back at once.
    func prepareInsert(into table: String, columns: [String], returningID: Bool) throws -> any PreparedInsert {
        if returningID && !columns.contains("id") {
            return PostgresReturningInsert(session: self, table: table, columns: columns)
        }
        return PostgresHeldInsert(session: self, table: table, columns: columns)
    }

    func insertIfAbsent(into table: String, columns: [String], values: [DatabaseValue]) throws {
        prefetched.removeAll()
        heldIfAbsent[table, default: (columns, [])].rows.append(values)
    }

    /// Holds one row for COPY; an `id` bound NULL gets the next one.
    func hold(_ values: [DatabaseValue], into table: String, columns: [String]) throws -> Int64? {
        prefetched.removeAll()
        var values = values
        var id: Int64?
        if let column = columns.firstIndex(of: "id") {
            if values[column].isNull {
                let next = try lastIDs[table].map { $0 + 1 } ?? (try highestID(table) + 1)
                values[column] = next.databaseValue
            }
            id = Int64.fromDatabaseValue(values[column])
            if let id { lastIDs[table] = max(lastIDs[table] ?? id, id) }
        }
        if table == "audit", firstAuditHash == nil, let hash = columns.firstIndex(of: "hash") {
            firstAuditHash = String.fromDatabaseValue(values[hash])
        }
        if table == "audit" {
            try stream(values, columns: columns)
            return id
        }
        if let index = held.firstIndex(where: { $0.table == table && $0.columns == columns }) {
            held[index].rows.append(values)
        } else {
            var rows = PostgresCopyRows()
            rows.append(values)
            held.append((table, columns, rows))
        }
        return id
    }

    private var holdsRows: Bool { !held.isEmpty || !heldIfAbsent.isEmpty || auditStream != nil }

    /// One audit entry into the open COPY, opened by the first; sent once a chunk has gathered.
    private func stream(_ values: [DatabaseValue], columns: [String]) throws {
        if let open = auditStream, open.columns != columns { try endStream() }
        if auditStream == nil {
            try connection.beginCopy(into: "audit", columns: columns)
            auditStream = (columns, PostgresCopyRows())
        }
        auditStream!.rows.append(values)
        if auditStream!.rows.bytes.count >= Self.streamChunk {
            connection.sendCopy(auditStream!.rows.bytes)
            auditStream!.rows = PostgresCopyRows()
        }
    }

    /// Sends the audit entries not yet sent and ends their COPY, with the server's verdict on them.
    private func endStream() throws {
        guard let open = auditStream else { return }
        auditStream = nil
        connection.sendCopy(open.rows.bytes)
        try connection.endCopy()
    }

    /// Sends every held row: before any other statement, and before the commit.
    func flush() throws {
        try endStream()
        let copies = held
        let absent = heldIfAbsent
        held = []
        heldIfAbsent = [:]
        for copy in copies { try connection.copy(into: copy.table, columns: copy.columns, rows: copy.rows.bytes) }
        for (table, id) in lastIDs {
            try connection.execute("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", parameters: [table, String(id)])
        }
        for (table, rows) in absent.sorted(by: { $0.key < $1.key }) {
            for start in stride(from: 0, to: rows.rows.count, by: 1000) {
                let chunk = rows.rows[start..<min(start + 1000, rows.rows.count)]
                let tuple = "(" + rows.columns.map { _ in "?" }.joined(separator: ", ") + ")"
                try run(
                    "INSERT INTO \(table) (\(rows.columns.joined(separator: ", "))) VALUES "
                        + chunk.map { _ in tuple }.joined(separator: ", ") + " ON CONFLICT DO NOTHING",
                    chunk.flatMap { $0 }, flushing: false)
            }
        }
    }

    /// The highest id in `table` and its identity sequence, read under the chain's lock.
    private func highestID(_ table: String) throws -> Int64 {
        let result = try run("SELECT COALESCE(MAX(id), 0) FROM \(table)", [], flushing: false)
        guard let row = result.first, let text = row.first ?? nil else { return 0 }
        return Int64(text) ?? 0
    }

    /// Rows a cursor fetches per round trip: read in place, ten thousand hold a few megabytes.
    static let inPlaceBatch = 10_000

    /// Runs one statement, after sending whatever is held so that it sees every row written.
    /// A write makes answers sent ahead stale, so they go.
    @discardableResult
    func run(_ sql: String, _ values: [DatabaseValue], flushing: Bool = true) throws -> [[String?]] {
        prefetched.removeAll()
        if flushing, holdsRows { try flush() }
        // Nothing else runs on the connection while a COPY is open.
        try endStream()
        return try connection.execute(PostgresPlaceholders.numbered(sql), parameters: values.map(Self.text))
    }

    /// A value as PostgreSQL reads it from text: integers and texts as they are, a double in the
    /// shortest spelling that reads back to the same bits.
    static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .int64(let number): String(number)
        case .double(let number): "\(number)"
        case .string(let text): text
        case .blob(let data): "\\x" + data.map { String(format: "%02x", $0) }.joined()
        }
    }

    /// `text` as the value SQLite would hold: integer types and booleans as integers, floating
    /// types as doubles, `numeric` (what `SUM` of a bigint answers) as an integer when it has no
    /// fraction, everything else as text.
    static func value(_ text: String?, type: UInt32) -> DatabaseValue {
        guard let text else { return .null }
        switch type {
        case 20, 21, 23: return Int64(text).map { $0.databaseValue } ?? text.databaseValue
        case 16: return (text == "t" ? 1 : 0 as Int64).databaseValue
        case 700, 701: return Double(text).map { $0.databaseValue } ?? text.databaseValue
        case 1700: return Int64(text)?.databaseValue ?? Double(text).map { $0.databaseValue } ?? text.databaseValue
        default: return text.databaseValue
        }
    }
}

/// `PreparedInsert` whose rows `PostgresSession` holds for COPY.
final class PostgresHeldInsert: PreparedInsert {
    private let session: PostgresSession
    private let table: String
    private let columns: [String]
    private var values: [DatabaseValue] = []

    init(session: PostgresSession, table: String, columns: [String]) {
        self.session = session
        self.table = table
        self.columns = columns
    }

    func bind(value: DatabaseValue) { values.append(value) }

    func execute() throws -> Int64? {
        defer { values.removeAll(keepingCapacity: true) }
        return try session.hold(values, into: table, columns: columns)
    }
}

/// `PreparedInsert` of a row whose id the server assigns and `RETURNING` reads back.
final class PostgresReturningInsert: PreparedInsert {
    private let session: PostgresSession
    private let sql: String
    private var values: [DatabaseValue] = []

    init(session: PostgresSession, table: String, columns: [String]) {
        self.session = session
        sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (" + columns.map { _ in "?" }.joined(separator: ", ")
            + ") RETURNING id"
    }

    func bind(value: DatabaseValue) { values.append(value) }

    func execute() throws -> Int64? {
        defer { values.removeAll(keepingCapacity: true) }
        guard let row = try session.run(sql, values).first, let id = row.first ?? nil else { return nil }
        return Int64(id)
    }
}
