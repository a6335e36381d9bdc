import GRDB

extension StoreSession {
    /// The rows of `R` that `clause` (WHERE, ORDER BY, LIMIT) selects, read column by column on
    /// both engines (in place on PostgreSQL) rather than through `Codable`, for the pilot screen's
    /// 500 newest feedback entries (BENCHMARKS.md, "Why the fast paths"). A row the direct reading cannot take goes
    /// through GRDB's decoding.
    func bulkRecords<R: BulkRecord>(_ type: R.Type, _ clause: String, _ arguments: SQLArguments) throws -> [R] {
        if let postgres = self as? PostgresSession {
            let statement = bulkStatement(R.self, clause, arguments)
            let rows = try postgres.rawRows(statement.sql, Self.values(statement.arguments))
            return try (0..<rows.count).map { row in
                let columns = rows.columns(row)
                return try R(columns: columns) ?? R(row: columns.decodable())
            }
        }
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

    /// The statement `bulkRecords` runs on PostgreSQL, to send it ahead.
    func bulkStatement<R: BulkRecord>(_ type: R.Type, _ clause: String, _ arguments: SQLArguments) -> SQLStatement {
        SQLStatement("SELECT \(R.columns.map(\.name).joined(separator: ", ")) FROM \(R.databaseTableName) " + clause, arguments)
    }
}
