import GRDB

/// A SQLite statement stepped in place (`SQLiteColumns`).
final class SQLiteRowStepper: RowStepper {
    private let statement: Statement
    private let cursor: RowCursor
    private var current: Row?
    let columns: SQLiteColumns

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        columns = SQLiteColumns(statement: statement.sqliteStatement)
        cursor = try Row.fetchCursor(statement)
    }

    func step() throws -> Bool {
        current = try cursor.next()
        return current != nil
    }

    func row() -> Row { current! }

    func close() {}
}
