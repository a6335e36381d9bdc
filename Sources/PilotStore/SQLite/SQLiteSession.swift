import GRDB

/// A GRDB connection inside one of its read or write transactions. `db` stays reachable for the
/// SQLite fast paths (`audit verify` reading columns through SQLite's C API, bulk inserts bound
/// straight to SQLite), each of which has a plain path over `StoreSession` beside it.
final class SQLiteSession: StoreSession {
    let db: Database
    private var inserts: [String: SQLiteInsert] = [:]

    init(_ db: Database) { self.db = db }

    var dialect: SQLDialect { .sqlite }

    func fetchRows(_ sql: String, values: [DatabaseValue]) throws -> [Row] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(values))
    }

    /// Decoded straight from the statement, without copying each row first.
    func fetchRecords<R: FetchableRecord>(_ type: R.Type, _ sql: String, values: [DatabaseValue]) throws -> [R] {
        try R.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(values))
    }

    func forEachRow(_ sql: String, values: [DatabaseValue], _ body: (Row) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db.makeStatement(sql: sql), arguments: StatementArguments(values))
        while let row = try cursor.next() { try body(row) }
    }

    func fetchColumn(_ sql: String, values: [DatabaseValue]) throws -> [DatabaseValue] {
        try DatabaseValue.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(values))
    }

    func execute(_ sql: String, values: [DatabaseValue]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    /// A statement on a file costs no round trip: nothing is gained by sending it ahead.
    func prefetch(_ statements: [SQLStatement]) throws {}

    func readingAhead<T>(_ body: () throws -> T) throws -> T { try body() }

    func insertIfAbsent(into table: String, columns: [String], values: [DatabaseValue]) throws {
        try execute(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", "))) ON CONFLICT DO NOTHING",
            values: values)
    }

    /// SQLite assigns an `INTEGER PRIMARY KEY` left out of the insert (or given NULL) itself and
    /// reports it as the last row id, so `returningID` changes nothing in the statement.
    func prepareInsert(into table: String, columns: [String], returningID: Bool) throws -> any PreparedInsert {
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        if let prepared = inserts[sql] { return prepared }
        let prepared = SQLiteInsert(try BoundInsert(db, sql: sql))
        inserts[sql] = prepared
        return prepared
    }
}

/// `BoundInsert` behind `PreparedInsert`.
final class SQLiteInsert: PreparedInsert {
    private var insert: BoundInsert

    init(_ insert: BoundInsert) { self.insert = insert }

    func bind(value: DatabaseValue) { insert.bind(value) }

    func execute() throws -> Int64? { try insert.execute() }
}
