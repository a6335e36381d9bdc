import Foundation

extension PostgresSchema {
    /// Applies the migrations `connection`'s database lacks, each in its own transaction together
    /// with its row in `pilotdeck_migrations`, and returns their identifiers. Run by the owner
    /// role. Processes migrating at once take turns on an advisory lock, and each applies only
    /// what the others have not. Refuses a database a newer Pilotdeck migrated, one whose schema
    /// already holds tables of another application, and one that is not UTF-8 (its text could
    /// not hold what SQLite stores byte for byte).
    @discardableResult
    static func migrate(
        _ connection: PostgresConnection, lockTimeout: TimeInterval = PilotDatabase.defaultBusyTimeout
    ) throws -> [String] {
        var applied: [String] = []
        while true {
            let next = try connection.writeTransaction(lockTimeout: lockTimeout) { () throws -> PostgresMigration? in
                try connection.execute("SELECT pg_advisory_xact_lock($1)", parameters: [String(PilotDatabase.applicationID)])
                let done = try completedMigrations(connection)
                guard let next = migrations.first(where: { !done.contains($0.identifier) }) else { return nil }
                try connection.executeScript(next.sql)
                try connection.execute(
                    "INSERT INTO \(migrationsTable) (identifier) VALUES ($1)", parameters: [next.identifier])
                return next
            }
            guard let next else { return applied }
            applied.append(next.identifier)
        }
    }

    /// How far a database's schema is, read without changing anything.
    enum State { case empty, behind, current }

    static func state(_ connection: PostgresConnection) throws -> State {
        let found = try connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1", parameters: [migrationsTable])
        guard found.first?.first == "1" else { return .empty }
        let done = Set(try connection.execute("SELECT identifier FROM \(migrationsTable)").compactMap { $0[0] })
        if !done.isSubset(of: migrations.map(\.identifier)) { throw StoreError.newerSchema(connection.location.description) }
        return done.count == migrations.count ? .current : .behind
    }

    /// Whether the connected role owns the migrations table, as the role that migrates does.
    static func isOwner(_ connection: PostgresConnection) throws -> Bool {
        try connection.execute(
            "SELECT pg_has_role(session_user, tableowner, 'USAGE') FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1",
            parameters: [migrationsTable]
        ).first?.first == "t"
    }

    /// The identifiers recorded in the migrations table, which is created in an empty schema.
    private static func completedMigrations(_ connection: PostgresConnection) throws -> Set<String> {
        let location = connection.location
        let facts = try connection.execute(
            """
            SELECT current_setting('server_encoding'), current_schema(),
                (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1),
                (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())
            """, parameters: [migrationsTable])[0]
        guard facts[0] == "UTF8" else {
            throw StoreError.cannotOpen(
                "\(location) is encoded \(facts[0] ?? "?"), and Pilotdeck stores text byte for byte in UTF-8; "
                    + "create the database with createdb --encoding=UTF8 --template=template0 NAME")
        }
        guard let schema = facts[1] else {
            throw StoreError.cannotOpen(
                "\(location) has no schema on the search_path to create tables in; set search_path or create the schema")
        }
        if facts[2] == "0" {
            guard facts[3] == "0" else {
                throw StoreError.cannotOpen(
                    "\(location) already holds tables in schema \(schema) and no Pilotdeck migrations; "
                        + "give an empty database (createdb NAME)")
            }
            try connection.execute(
                """
                CREATE TABLE \(migrationsTable) (
                    identifier TEXT COLLATE "C" PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    applied_by TEXT COLLATE "C" NOT NULL DEFAULT session_user)
                """)
        }
        let done = Set(try connection.execute("SELECT identifier FROM \(migrationsTable)").compactMap { $0[0] })
        if !done.isSubset(of: migrations.map(\.identifier)) { throw StoreError.newerSchema(location.description) }
        return done
    }
}
