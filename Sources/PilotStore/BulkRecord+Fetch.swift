import GRDB

extension BulkRecord {
    /// The rows `clause` (WHERE, ORDER BY, LIMIT) selects, read column by column: the pilot
    /// screen's 500 newest feedback entries took most of its opening time through `Codable`. A
    /// row the direct reading cannot take goes through GRDB's decoding, as any other read.
    static func fetchAll(_ db: Database, _ clause: String, arguments: StatementArguments) throws -> [Self] {
        let statement = try db.cachedStatement(sql: selectSQL + " " + clause)
        let columns = SQLiteColumns(statement: statement.sqliteStatement)
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        var records: [Self] = []
        while let row = try cursor.next() {
            records.append(try Self(columns: columns) ?? Self(row: row))
        }
        return records
    }
}
