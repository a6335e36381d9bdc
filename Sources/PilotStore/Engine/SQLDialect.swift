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

    /// Each metric's sums at each of `pilots` pilots' stage (`pilotsPerStatement` at most) and at
    /// baseline, from which `MeasurementSums` pools them; bound to (id, stage) pairs. They are
    /// read from `measurement_sum`, a few rows per pilot, the same on both engines.
    func measurementSumsSQL(pilots: Int) -> String {
        """
        SELECT m.pilot_id, m.metric_key, m.is_baseline, SUM(m.nv) / SUM(m.n) AS v, SUM(m.n) AS n, SUM(m.nv) AS nv,
            SUM(m.nvv) AS nvv, SUM(m.within) AS within, SUM(m.without_sd) AS without_sd, SUM(m.percent_events) AS percent_events,
            SUM(m.share_events) AS share_events, SUM(m.counted) AS counted
        FROM \(Self.pairs(pilots)) AS s JOIN measurement_sum m ON m.pilot_id = s.column1
        WHERE m.is_baseline = 1 OR m.stage = s.column2
        GROUP BY m.pilot_id, m.metric_key, m.is_baseline
        """
    }

    /// `measurement_sum` recomputed from the measurements themselves, for `audit verify`; with
    /// each key's number of measurements (`terms`) and Σ|n·value| (`scale`), which bound how far
    /// adding them in another order can move the sums. Events are counted half away from zero as
    /// SQLite's ROUND counts them (it adds ±0.5 and truncates, and leaves alone a value beyond
    /// 2^52, which is whole); PostgreSQL's ROUND rounds a double half to even, and through a
    /// numeric it was twenty times slower, so migration v8 spells SQLite's way out there
    /// (`pilotdeck_round`).
    var measurementTotalsSQL: String {
        let round = self == .sqlite ? "ROUND" : "pilotdeck_round"
        return """
            SELECT pilot_id, metric_key, is_baseline, stage, COUNT(*) AS terms, SUM(ABS(value * n)) AS scale, SUM(n) AS n,
                SUM(value * n) AS nv, SUM(n * value * value) AS nvv, COALESCE(SUM((n - 1) * sd * sd), 0) AS within,
                SUM(CASE WHEN sd IS NULL AND n > 1 THEN 1 ELSE 0 END) AS without_sd, SUM(\(round)(n * value / 100.0)) AS percent_events,
                SUM(\(round)(n * value)) AS share_events, SUM(\(round)(value)) AS counted
            FROM measurement
            GROUP BY pilot_id, metric_key, is_baseline, stage
            """
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

    /// The edit tags of a pilot's feedback counted one row per tag. A tags cell changed outside
    /// Pilotdeck into something that is not a JSON array of words counts as no tags instead of
    /// failing the tally; SQLite checks with `json_valid`, PostgreSQL 15 (which has no `IS JSON`)
    /// with the shape Pilotdeck writes.
    var tallyTagsSQL: String {
        switch self {
        case .sqlite:
            """
            SELECT t.value AS tag, COUNT(DISTINCT f.id) AS n
            FROM feedback f, json_each(CASE WHEN json_valid(f.tags) THEN f.tags ELSE '[]' END) t
            WHERE f.pilot_id = ? AND f.withdrawn_at IS NULL AND t.type = 'text'
            GROUP BY t.value
            """
        case .postgres:
            #"""
            SELECT t.tag, COUNT(DISTINCT f.id) AS n
            FROM feedback f,
                jsonb_array_elements_text(CASE WHEN f.tags ~ '^\[("[A-Za-z0-9_-]*"(,"[A-Za-z0-9_-]*")*)?\]$'
                    THEN f.tags::jsonb ELSE '[]'::jsonb END) AS t(tag)
            WHERE f.pilot_id = ? AND f.withdrawn_at IS NULL
            GROUP BY t.tag
            """#
        }
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`, for statements bound to many values.
    func chunks(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
