/// Which engine's SQL a session speaks, for the few statements the two spell differently; each
/// such statement is named where it is used and spelt once per engine here.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// How many pilots one statement reads together: on PostgreSQL each statement is a round
    /// trip, so hundreds; on SQLite a statement costs none.
    var pilotsPerStatement: Int {
        switch self {
        case .sqlite: 1
        case .postgres: 400
        }
    }

    /// The newest 24 values of each (pilot id, metric key) pair bound, oldest first, for the
    /// trend sparklines; nil where the engine is better asked one pair at a time (SQLite, whose
    /// statements cost no round trip, and which has no LATERAL).
    func trendsSQL(pairs: Int) -> String? {
        switch self {
        case .sqlite: nil
        case .postgres:
            """
            SELECT s.column1 AS pilot_id, s.column2 AS metric_key, t.value
            FROM \(Self.pairs(pairs)) AS s CROSS JOIN LATERAL (
                SELECT value, day, id FROM measurement WHERE pilot_id = s.column1 AND metric_key = s.column2 AND is_baseline = 0
                ORDER BY day DESC, id DESC LIMIT 24) AS t
            ORDER BY s.column1, s.column2, t.day, t.id
            """
        }
    }

    /// The newest 24 values of one pilot's metric, oldest first.
    static let trendSQL = """
        SELECT value FROM (SELECT value, day, id FROM measurement
        WHERE pilot_id = ? AND metric_key = ? AND is_baseline = 0 ORDER BY day DESC, id DESC LIMIT 24) AS newest
        ORDER BY day, id
        """

    /// A VALUES list of `count` (id, text) pairs, whose columns both engines call column1 and column2.
    static func pairs(_ count: Int) -> String {
        "(VALUES " + Array(repeating: "(CAST(? AS BIGINT), ?)", count: count).joined(separator: ", ") + ")"
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`, for statements bound to many values.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
