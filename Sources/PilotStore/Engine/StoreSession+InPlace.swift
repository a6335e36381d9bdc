import GRDB

extension StoreSession {
    /// Each row of `sql` read in place, from SQLite's or libpq's own buffers (`SQLiteColumns`,
    /// `PostgresColumns`), with `row()` for GRDB's decoding of a value the column readers leave
    /// alone: the derived tables' checks read every measurement and every piece of feedback.
    func forEachInPlace(_ sql: String, _ body: (any ColumnReader, () -> Row) throws -> Void) throws {
        if let sqlite = (self as? SQLiteSession)?.db {
            let statement = try sqlite.makeStatement(sql: sql)
            let columns = SQLiteColumns(statement: statement.sqliteStatement)
            let cursor = try Row.fetchCursor(statement)
            while let row = try cursor.next() { try body(columns) { row } }
        } else if let postgres = self as? PostgresSession {
            try postgres.forEachColumns(sql) { columns in try body(columns) { columns.decodable() } }
        }
    }
}
