import GRDB

/// A record imported by the hundred thousand: bound column by column to one cached INSERT through
/// `BoundInsert`, rather than through GRDB's `PersistenceContainer` and statement lookup per record,
/// which were most of an import's time. GRDB's `Codable` path still serves any other write.
protocol BulkInsertable: IdentifiedRecord {
    /// `makeInsertSQL` of the columns `bind(to:)` binds, in its order; made once.
    static var insertSQL: String { get }
    func bind(to insert: inout BoundInsert) throws
}

extension BulkInsertable {
    static func makeInsertSQL(_ columns: [String]) -> String {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// Inserts through the table's cached statement and takes the id SQLite assigned.
    mutating func bulkInsert(_ db: Database) throws {
        var insert = try BoundInsert(db, sql: Self.insertSQL)
        try bind(to: &insert)
        id = try insert.execute()
    }
}
