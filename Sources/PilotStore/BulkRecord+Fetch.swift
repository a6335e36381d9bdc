import GRDB

extension StoreSession {
    /// The rows of `R` that `clause` (WHERE, ORDER BY, LIMIT) selects. On SQLite they are read
    /// column by column: the pilot screen's 500 newest feedback entries took most of its opening
    /// time through `Codable`; a row the direct reading cannot take goes through GRDB's decoding,
    /// as on PostgreSQL.
    func bulkRecords<R: BulkRecord>(_ type: R.Type, _ clause: String, _ arguments: SQLArguments) throws -> [R] {
        guard let sqlite = self as? SQLiteSession else {
            return try all(R.self, "SELECT * FROM \(R.databaseTableName) " + clause, arguments)
        }
        let statement = try sqlite.db.cachedStatement(sql: R.selectSQL + " " + clause)
        let columns = SQLiteColumns(statement: statement.sqliteStatement)
        let cursor = try Row.fetchCursor(statement, arguments: StatementArguments(Self.values(arguments)))
        var records: [R] = []
        while let row = try cursor.next() {
            records.append(try R(columns: columns) ?? R(row: row))
        }
        return records
    }
}
