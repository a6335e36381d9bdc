/// A record written and verified by the hundred thousand, column by column in `columns` order:
/// bound to one prepared INSERT (`PreparedInsert`; on SQLite `BoundInsert`) rather than through
/// GRDB's `PersistenceContainer` and a statement lookup per record (BENCHMARKS.md, "Why the fast
/// paths"); read back by `audit verify` straight from SQLite's columns rather than through GRDB's decoding
/// by column name. GRDB's `Codable` paths still serve every other read and write.
protocol BulkRecord: IdentifiedRecord, AuditJSONWritable {
    /// The table's columns, in the order `bind(to:)` binds and `init?(columns:)` reads them, each
    /// with the reading `init?(columns:)` makes of it.
    static var columns: [(name: String, reading: ColumnReading)] { get }
    func bind(to insert: any PreparedInsert) throws
    /// The record, when every column holds what Pilotdeck writes; nil sends the row through
    /// GRDB's decoding, which reads anything GRDB can, exactly as it always did.
    init?(columns: some ColumnReader)
    /// Adds what this row contributes to a derived table, for `audit verify`.
    func total(into totals: inout DerivedTotals)
}

extension BulkRecord {
    /// Every column, then the id (on SQLite the rowid itself: `id INTEGER PRIMARY KEY`), so
    /// `CopiedRows` of any table end with the row's id.
    static var selectSQL: String { "SELECT \(columns.map(\.name).joined(separator: ", ")), id FROM \(databaseTableName)" }

    /// `selectSQL` in id order: the order the audit log inserted the rows in.
    static var inIDOrderSQL: String { selectSQL + " ORDER BY id" }

    /// The readings a copy of a selected row holds: the columns', then the id's.
    static var copiedReadings: [ColumnReading] { columns.map(\.reading) + [.integer] }

    /// Inserts through `insert`, prepared over `columns`, and takes the id the engine assigned.
    mutating func bulkInsert(_ insert: any PreparedInsert) throws {
        try bind(to: insert)
        if let assigned = try insert.execute() { id = assigned }
    }
}
