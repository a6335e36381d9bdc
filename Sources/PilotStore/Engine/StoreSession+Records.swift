import GRDB

/// Rows written from records, by primary key, in SQL both engines accept. Only `AuditedWrites`
/// calls these, beside each row's audit entry.
extension StoreSession {
    /// Inserts `record`; a new identified row gets the id the engine assigns.
    func insertRecord<R: StoredRecord>(_ record: inout R) throws {
        let columns = try record.databaseDictionary.filter { !($0.key == "id" && $0.value.isNull) }.sorted { $0.key < $1.key }
        let assigns = R.primaryKey == ["id"] && !columns.contains { $0.key == "id" }
        let insert = try prepareInsert(into: R.databaseTableName, columns: columns.map(\.key), returningID: assigns)
        for (_, value) in columns { insert.bind(value: value) }
        if let id = try insert.execute(), assigns { record.assign(id: id) }
    }

    /// Writes every column of `record` to the row with its primary key.
    func updateRecord<R: StoredRecord>(_ record: R) throws {
        let columns = try record.databaseDictionary
        let changed = columns.keys.filter { !R.primaryKey.contains($0) }.sorted()
        try execute(
            "UPDATE \(R.databaseTableName) SET \(changed.map { "\($0) = ?" }.joined(separator: ", ")) WHERE \(SQLStatement.keyClause(R.self))",
            values: changed.map { columns[$0]! } + R.primaryKey.map { columns[$0] ?? .null })
    }

    func deleteRecord<R: StoredRecord>(_ record: R) throws {
        let columns = try record.databaseDictionary
        try execute(
            "DELETE FROM \(R.databaseTableName) WHERE \(SQLStatement.keyClause(R.self))", values: R.primaryKey.map { columns[$0] ?? .null })
    }

    /// The row of `R` with the primary key `key` (its columns' values in `R.primaryKey` order).
    func record<R: StoredRecord>(_ type: R.Type, key: SQLArguments) throws -> R? {
        try all(R.self, .record(R.self, key: key)).first
    }
}

extension SQLStatement {
    /// The statement `StoreSession.record(_:key:)` runs, to send it ahead.
    static func record<R: StoredRecord>(_ type: R.Type, key: SQLArguments) -> SQLStatement {
        SQLStatement("SELECT * FROM \(R.databaseTableName) WHERE \(keyClause(R.self))", key)
    }

    /// `column = ?` for each column of `R`'s primary key.
    static func keyClause<R: StoredRecord>(_ type: R.Type) -> String {
        R.primaryKey.map { "\($0) = ?" }.joined(separator: " AND ")
    }
}
