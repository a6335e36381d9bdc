/// Which engine's SQL a session speaks, for the few statements the two spell differently; each
/// such statement is named where it is used and spelt once per engine here.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// Each metric's sums over a pilot's measurements at its stage and at baseline, from which
    /// `MeasurementSums` pools them. Events are counted half away from zero, as SQLite's ROUND
    /// does; PostgreSQL's ROUND does so for a numeric only (a double it rounds half to even).
    var measurementSumsSQL: String {
        switch self {
        case .sqlite: Self.sqliteMeasurementSums
        case .postgres: Self.postgresMeasurementSums
        }
    }

    private static let sqliteMeasurementSums = measurementSums(round: { "ROUND(\($0))" })
    private static let postgresMeasurementSums = measurementSums(round: { "ROUND(CAST(\($0) AS NUMERIC))" })

    private static func measurementSums(round: (String) -> String) -> String {
        """
        SELECT metric_key, is_baseline, SUM(value * n) / SUM(n) AS v, SUM(n) AS n, SUM(value * n) AS nv,
            SUM(n * value * value) AS nvv, SUM((n - 1) * sd * sd) AS within,
            SUM(CASE WHEN sd IS NULL AND n > 1 THEN 1 ELSE 0 END) AS without_sd,
            SUM(\(round("n * value / 100.0"))) AS percent_events, SUM(\(round("n * value"))) AS share_events,
            SUM(\(round("value"))) AS counted
        FROM measurement
        WHERE pilot_id = ? AND (is_baseline = 1 OR stage = ?) GROUP BY metric_key, is_baseline
        """
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
