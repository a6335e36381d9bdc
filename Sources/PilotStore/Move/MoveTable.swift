import GRDB

/// One table of a Pilotdeck file as a move copies it: its columns by name, as the file and the
/// server both have them, and its rows in rowid order (the audit log's is `seq`), every
/// value as the file holds it, sent by COPY a batch at a time.
struct MoveTable {
    let name: String
    let columns: [String]
    let rowCount: Int

    /// The tables derived from others (sums, tallies), copied as they are: `audit verify` on the
    /// server then holds them to the rows they count.
    static let derivedTables = [MeasurementSumTable.name, FeedbackTallyTable.name, FeedbackTallyTable.tagName]

    /// Rows per COPY: a few megabytes held at once, and a progress step for a bar.
    static let batch = 20_000

    /// Every table the Ledger writes, in an order that inserts each row after the rows it
    /// refers to, then the derived tables, the audit log and its index; the file's own tables and
    /// the server's are held to that list, so that a table added to one engine only is named, not
    /// left behind.
    static func all(in db: Database, server: PostgresConnection, source: String, target: String) throws -> [MoveTable] {
        let names = PilotDatabase.auditedTypes.map { $0.databaseTableName } + derivedTables + ["audit", "audit_block"]
        let fileTables = Set(
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'"))
        if let stray = fileTables.subtracting(names).sorted().first {
            throw StoreError.refused("\(source) holds a table Pilotdeck does not know (\(stray)); nothing was copied")
        }
        return try names.map { name in
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(name))").map { $0["name"] as String }
            let serverColumns = try server.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
                parameters: [name]
            ).compactMap { $0[0] }
            guard !columns.isEmpty, Set(columns) == Set(serverColumns) else {
                throw StoreError.refused(
                    "the table \(name) has other columns in \(source) than in \(target); upgrade pilotdeck on both, nothing was copied")
            }
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(name)") ?? 0
            return MoveTable(name: name, columns: columns, rowCount: count)
        }
    }

    /// Sends every row to the server's table; `progress` hears the rows sent so far.
    func copy(from db: Database, to server: PostgresConnection, progress: (Int) -> Void) throws {
        // The index and the derived tables are WITHOUT ROWID, read in their keys' order.
        let order = (Self.derivedTables + ["audit_block"]).contains(name) ? "" : " ORDER BY rowid"
        let statement = try db.makeStatement(sql: "SELECT \(columns.joined(separator: ", ")) FROM \(name)\(order)")
        let rows = try Row.fetchCursor(statement)
        var batch = PostgresCopyRows()
        var sent = 0
        while let row = try rows.next() {
            batch.append(Array(row.databaseValues))
            if batch.count == Self.batch {
                try server.copy(into: name, columns: columns, rows: batch.bytes)
                sent += batch.count
                batch = PostgresCopyRows()
                progress(sent)
            }
        }
        if batch.count > 0 {
            try server.copy(into: name, columns: columns, rows: batch.bytes)
            sent += batch.count
        }
        progress(sent)
    }

    /// Moves the table's identity sequence past its highest id, as the engine's own inserts do.
    func resetSequence(on server: PostgresConnection) throws {
        guard columns.contains("id") else { return }
        try server.execute(
            "SELECT setval(pg_get_serial_sequence($1, 'id'), MAX(id)) FROM \(name) HAVING MAX(id) IS NOT NULL", parameters: [name])
    }
}
