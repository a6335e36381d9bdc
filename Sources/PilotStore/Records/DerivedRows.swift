import GRDB

/// How `audit verify` holds a derived table (`MeasurementSumTable`, `FeedbackTallyTable`) to the
/// rows it counts: every stored row matched by its key with what those rows add up to.
enum DerivedRows {
    /// One line per disagreement, each starting with `table`: `unreadable` for a row whose key or
    /// amounts `read` cannot take, then `line(key, stored, expected)` for every key either side
    /// holds (nil where they agree), in key order.
    static func problems<Key: Hashable & Comparable, Stored, Expected>(
        _ db: any StoreSession, table: String, expected: [Key: Expected], read: (Row) -> (Key, Stored)?, unreadable: String,
        line: (Key, Stored?, Expected?) -> String?
    ) throws -> [String] {
        var expected = expected
        var unread: [String] = []
        var found: [(key: Key, line: String)] = []
        try db.forEachRow("SELECT * FROM \(table)") { row in
            guard let (key, stored) = read(row) else { return unread.append(unreadable) }
            if let text = line(key, stored, expected.removeValue(forKey: key)) { found.append((key, text)) }
        }
        for (key, rest) in expected {
            if let text = line(key, nil, rest) { found.append((key, text)) }
        }
        return (unread + found.sorted { $0.key < $1.key }.map(\.line)).map { "\(table) \($0)" }
    }
}
