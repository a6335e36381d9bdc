import GRDB

extension StoreSession {
    /// Each row of `sql` read in place, from SQLite's or libpq's own buffers (`SQLiteColumns`,
    /// `PostgresColumns`), with `row()` for GRDB's decoding of a value the column readers leave
    /// alone: the derived tables' checks read every measurement and every piece of feedback.
    func forEachInPlace(_ sql: String, _ body: (any ColumnReader, () -> Row) throws -> Void) throws {
        if let sqlite = (self as? SQLiteSession)?.db {
            try SQLiteRowStepper(sqlite, sql: sql).forEach(body)
        } else if let postgres = self as? PostgresSession {
            try postgres.openCursor(sql).forEach(body)
        }
    }
}
