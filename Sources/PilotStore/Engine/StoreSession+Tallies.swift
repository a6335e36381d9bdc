import GRDB

extension StoreSession {
    /// Adds to derived rows (`measurement_sum`, `feedback_tally`, …): each row of `rows` holds its
    /// `keys`, then amounts for `amounts`, which a row already there gains and a new row starts
    /// with; one upsert per hundred rows.
    func add(to table: String, keys: [String], amounts: [String], rows: [[DatabaseValue]]) throws {
        let columns = keys + amounts
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        for chunk in rows.chunks(of: 100) {
            try execute(
                """
                INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES \(Array(repeating: tuple, count: chunk.count).joined(separator: ", "))
                ON CONFLICT (\(keys.joined(separator: ", "))) DO UPDATE SET \(amounts.map { "\($0) = \(table).\($0) + excluded.\($0)" }.joined(separator: ", "))
                """,
                values: chunk.flatMap { $0 })
        }
    }
}
