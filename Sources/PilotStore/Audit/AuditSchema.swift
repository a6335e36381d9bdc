import GRDB

/// The tables and triggers of a file, held by `audit verify` to those Pilotdeck's migrations
/// create. Their triggers keep the log and its index append-only; any other trigger could rewrite
/// a row as the Ledger writes it. The expected schema is read from an in-memory database migrated
/// as far as the file, so it is what the migrations say, never a copy of their SQL.
struct AuditSchema {
    struct Trigger: Hashable {
        let name: String
        let table: String
        let sql: String
    }

    let tables: Set<String>
    let triggers: Set<Trigger>

    init(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")
        tables = Set(rows.filter { $0[0] == "table" }.map { $0[1] ?? "" })
        triggers = Set(rows.filter { $0[0] == "trigger" }.map { Trigger(name: $0[1] ?? "", table: $0[2] ?? "", sql: $0[3] ?? "") })
    }

    /// The schema of a new file migrated as far as `db`.
    static func expected(for db: Database) throws -> AuditSchema {
        let fresh = try DatabaseQueue()
        if let last = try PilotDatabase.migrator.completedMigrations(db).last {
            try PilotDatabase.migrator.migrate(fresh, upTo: last)
        }
        return try fresh.read(AuditSchema.init)
    }

    /// One line per trigger missing, replaced or added, by name.
    func triggerProblems(expected: AuditSchema) -> [String] {
        let names = Set(expected.triggers.map(\.name)).union(triggers.map(\.name)).sorted()
        return names.compactMap { name in
            let found = triggers.first { $0.name == name }
            let wanted = expected.triggers.first { $0.name == name }
            let label = AuditReport.printable("\(name) on \((wanted ?? found)!.table)")
            switch (wanted, found) {
            case (.some, nil): return "\(label) is missing: dropped outside Pilotdeck"
            case (nil, .some): return "\(label) is not Pilotdeck's: added outside Pilotdeck"
            case let (wanted?, found?) where wanted != found: return "\(label) differs from Pilotdeck's: replaced outside Pilotdeck"
            default: return nil
            }
        }
    }
}
