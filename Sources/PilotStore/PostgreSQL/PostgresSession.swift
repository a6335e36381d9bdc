import Foundation
import GRDB

/// A PostgreSQL connection inside one transaction, speaking `StoreSession`. Values travel as
/// text both ways, so what the server stores is byte for byte what SQLite would; the text a
/// result carries is typed back by its column's type.
final class PostgresSession: StoreSession {
    let connection: PostgresConnection
    private var cursors = 0

    init(_ connection: PostgresConnection) { self.connection = connection }

    var dialect: SQLDialect { .postgres }

    func fetchRows(_ sql: String, values: [DatabaseValue]) throws -> [Row] {
        Self.rows(of: try run(sql, values))
    }

    /// Through a cursor, a batch of rows per round trip, so a table of millions is never held whole.
    func forEachRow(_ sql: String, values: [DatabaseValue], _ body: (Row) throws -> Void) throws {
        cursors += 1
        let cursor = "pilotdeck_rows_\(cursors)"
        try run("DECLARE \(cursor) NO SCROLL CURSOR FOR " + sql, values)
        defer { _ = try? connection.execute("CLOSE \(cursor)") }
        while true {
            let result = try connection.query("FETCH \(Self.batch) FROM \(cursor)", parameters: [])
            for row in Self.rows(of: result) { try body(row) }
            if result.cells.count < Self.batch { return }
        }
    }

    func fetchColumn(_ sql: String, values: [DatabaseValue]) throws -> [DatabaseValue] {
        let result = try run(sql, values)
        guard let type = result.types.first else { return [] }
        return result.cells.map { Self.value($0[0], type: type) }
    }

    func execute(_ sql: String, values: [DatabaseValue]) throws { try run(sql, values) }

    /// An identity column left out of the insert is assigned by the server and read back with
    /// `RETURNING`; an `id` bound NULL is left out at run time, as SQLite would assign it too.
    func prepareInsert(into table: String, columns: [String], returningID: Bool) throws -> any PreparedInsert {
        PostgresInsert(session: self, table: table, columns: columns, returningID: returningID)
    }

    static let batch = 2000

    @discardableResult
    func run(_ sql: String, _ values: [DatabaseValue]) throws -> PostgresResult {
        try connection.query(PostgresPlaceholders.numbered(sql), parameters: values.map(Self.text))
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

    /// Rows keyed by column name, each value typed by its column.
    static func rows(of result: PostgresResult) -> [Row] {
        result.cells.map { cells in
            var columns: [String: DatabaseValue] = [:]
            for (index, name) in result.names.enumerated() { columns[name] = value(cells[index], type: result.types[index]) }
            return Row(columns)
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

/// `PreparedInsert` over `PostgresSession`: the values of one row, then one statement.
final class PostgresInsert: PreparedInsert {
    private let session: PostgresSession
    private let table: String
    private let columns: [String]
    private let returningID: Bool
    private var values: [DatabaseValue] = []

    init(session: PostgresSession, table: String, columns: [String], returningID: Bool) {
        self.session = session
        self.table = table
        self.columns = columns
        self.returningID = returningID
    }

    func bind(value: DatabaseValue) { values.append(value) }

    func execute() throws -> Int64? {
        defer { values.removeAll(keepingCapacity: true) }
        let kept = columns.indices.filter { !(columns[$0] == "id" && values[$0].isNull) }
        let assigned = returningID || kept.count < columns.count
        let sql = "INSERT INTO \(table) (\(kept.map { columns[$0] }.joined(separator: ", "))) VALUES ("
            + kept.map { _ in "?" }.joined(separator: ", ") + ")" + (assigned ? " RETURNING id" : "")
        let result = try session.run(sql, kept.map { values[$0] })
        guard assigned, let row = result.cells.first, let id = row.first ?? nil else { return nil }
        return Int64(id)
    }
}
