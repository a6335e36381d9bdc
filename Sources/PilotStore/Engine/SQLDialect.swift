/// Which engine's SQL a session speaks, for the few statements the two spell differently; each
/// such statement is named where it is used and spelt once per engine here.
enum SQLDialect: Sendable {
    case sqlite, postgres

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
