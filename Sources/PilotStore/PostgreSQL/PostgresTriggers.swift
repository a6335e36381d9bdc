/// The triggers of a PostgreSQL database held to those its migrations create (`PostgresSchema`):
/// they keep the audit log, its index and the chain's lock row append-only and stamp each entry's
/// login. One dropped, disabled or added outside Pilotdeck is named by `audit verify`, as
/// `AuditSchema` names SQLite's.
enum PostgresTriggers {
    /// Each trigger's name and table, as the migrations' `CREATE TRIGGER name … ON table` say.
    static let expected: [String: String] = {
        var triggers: [String: String] = [:]
        for migration in PostgresSchema.migrations {
            for statement in migration.sql.components(separatedBy: "CREATE TRIGGER ").dropFirst() {
                let words = statement.split(whereSeparator: { $0 == " " || $0 == "\n" })
                guard let name = words.first, let on = words.firstIndex(of: "ON"), on + 1 < words.count else { continue }
                triggers[String(name)] = String(words[on + 1])
            }
        }
        return triggers
    }()

    /// One line per trigger missing, disabled or added, by name.
    static func problems(_ db: any StoreSession) throws -> [String] {
        var found: [String: (table: String, enabled: Bool)] = [:]
        for row in try db.rows(
            """
            SELECT t.tgname AS name, c.relname AS "table", t.tgenabled <> 'D' AS enabled
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
            """)
        {
            found[row["name"]] = (row["table"], row["enabled"])
        }
        return Set(expected.keys).union(found.keys).sorted().compactMap { name in
            let label = AuditReport.printable("\(name) on \(expected[name] ?? found[name]?.table ?? "?")")
            switch (expected[name], found[name]) {
            case (.some, nil): return "\(label) is missing: dropped outside Pilotdeck"
            case (nil, .some): return "\(label) is not Pilotdeck's: added outside Pilotdeck"
            case (.some, let trigger?) where !trigger.enabled: return "\(label) is disabled: turned off outside Pilotdeck"
            default: return nil
            }
        }
    }
}
