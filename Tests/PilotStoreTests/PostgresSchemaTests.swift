import Foundation
import GRDB
import Testing
@testable import PilotStore

@Test("PostgreSQL has SQLite's migrations, by identifier and in order: a migration added to one engine is added to both")
func sameMigrationsAsSQLite() {
    #expect(PostgresSchema.migrations.map(\.identifier) == PilotDatabase.migrator.migrations)
}

@Suite("PostgreSQL schema", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresSchemaTests {
    /// Every table's columns in order, excluding the migrations' own bookkeeping.
    func postgresColumns(_ connection: PostgresConnection) throws -> [String: [String]] {
        let rows = try connection.execute(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> $1 ORDER BY table_name, ordinal_position
            """, parameters: [PostgresSchema.migrationsTable])
        return Dictionary(grouping: rows, by: { $0[0]! }).mapValues { $0.map { $0[1]! } }
    }

    /// The indexes the migrations name, leaving out those behind a primary key or UNIQUE.
    func postgresIndexes(_ connection: PostgresConnection) throws -> Set<String> {
        Set(try connection.execute(
            """
            SELECT index.relname FROM pg_index
            JOIN pg_class AS index ON index.oid = pg_index.indexrelid
            WHERE index.relnamespace = current_schema()::regnamespace
                AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = pg_index.indexrelid)
            """).map { $0[0]! })
    }

    /// SQLite's tables with their columns in order, and its named indexes.
    func sqliteSchema() throws -> (columns: [String: [String]], indexes: Set<String>) {
        let queue = try DatabaseQueue()
        try PilotDatabase.migrator.migrate(queue)
        return try queue.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
            let columns = try Dictionary(uniqueKeysWithValues: tables.map { table in (table, try db.columns(in: table).map(\.name)) })
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            return (columns, Set(indexes))
        }
    }

    @Test("the migrations apply to an empty database, once each, and again are a no-op")
    func migrateFromEmpty() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            #expect(try PostgresSchema.migrate(connection) == PostgresSchema.migrations.map(\.identifier))
            let before = try postgresColumns(connection)
            #expect(try PostgresSchema.migrate(connection).isEmpty)
            #expect(try postgresColumns(connection) == before)
            let recorded = try connection.execute("SELECT identifier, applied_by FROM \(PostgresSchema.migrationsTable) ORDER BY applied_at, identifier")
            #expect(recorded.map { $0[0] } == PostgresSchema.migrations.map(\.identifier))
            #expect(recorded.allSatisfy { $0[1] == "postgres" })
            #expect(try connection.execute("SELECT id FROM audit_head") == [["1"]])
        }
    }

    @Test("the tables, columns and indexes are SQLite's, columns in the same order, plus the chain's lock row")
    func sameTablesAsSQLite() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            try PostgresSchema.migrate(connection)
            var expected = try sqliteSchema()
            expected.columns["audit_head"] = ["id"]
            // SQLite's UNIQUE COLLATE NOCASE on person.email is an index on lower(email) here.
            expected.indexes.insert("person_email")
            #expect(try postgresColumns(connection) == expected.columns)
            #expect(try postgresIndexes(connection) == expected.indexes)
        }
    }

    @Test("every text column compares by bytes (COLLATE \"C\"), as SQLite does")
    func byteOrder() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            try PostgresSchema.migrate(connection)
            let loose = try connection.execute(
                """
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'
                """)
            #expect(loose.isEmpty, "\(loose)")
            #expect(try connection.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND data_type = 'text'") != [["0"]])
        }
    }

    @Test("processes migrating at once take turns: each migration is applied exactly once")
    func concurrentMigrations() throws {
        try PostgresTestServer.withScratch { scratch in
            let applied = ThreadLog()
            let done = DispatchGroup()
            for _ in 0..<2 {
                done.enter()
                Thread {
                    defer { done.leave() }
                    do {
                        try PostgresSchema.migrate(try scratch.connect()).forEach(applied.append)
                    } catch {
                        applied.append("\(error)")
                    }
                }.start()
            }
            done.wait()
            #expect(applied.all.sorted() == PostgresSchema.migrations.map(\.identifier).sorted())
        }
    }

    @Test("a database a newer Pilotdeck migrated is refused")
    func newerSchema() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            try PostgresSchema.migrate(connection)
            try connection.execute("INSERT INTO \(PostgresSchema.migrationsTable) (identifier) VALUES ('v99-from-the-future')")
            #expect(throws: StoreError.newerSchema(connection.location.description)) { try PostgresSchema.migrate(connection) }
        }
    }

    @Test("a database whose schema holds another application's tables is refused and left alone")
    func foreignTables() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            try connection.execute("CREATE TABLE invoices (id BIGINT)")
            let error = #expect(throws: StoreError.self) { try PostgresSchema.migrate(connection) }
            #expect(
                error?.description
                    == "\(connection.location) already holds tables in schema public and no Pilotdeck migrations; give an empty database (createdb NAME)")
            let tables = try connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            #expect(tables == [["invoices"]])
        }
    }

    @Test("a database not encoded in UTF-8 is refused, naming its encoding and how to create one")
    func notUTF8() throws {
        let name = "pdt_" + UUID().uuidString.prefix(8).lowercased()
        let admin = try PostgresTestServer.connect()
        try admin.execute("CREATE DATABASE \(name) ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
        defer { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let connection = try PostgresTestServer.connect(database: name)
        #expect(
            throws: StoreError.cannotOpen(
                "\(connection.location) is encoded LATIN1, and Pilotdeck stores text byte for byte in UTF-8; "
                    + "create the database with createdb --encoding=UTF8 --template=template0 NAME")
        ) { try PostgresSchema.migrate(connection) }
    }

    @Test("the grant script gives the application role every table it needs, and nothing but SELECT and INSERT on the audit tables")
    func grantsCoverEveryTable() throws {
        try PostgresTestServer.withScratch { scratch in
            let scratch = try scratch.migrated()
            let connection = try scratch.connect()
            let tables = try connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .map { $0[0]! }
            let known = PostgresRoles.recordTables + PostgresRoles.auditTables + ["audit_head", PostgresSchema.migrationsTable]
            #expect(Set(tables) == Set(known), "a table without grants: add it to PostgresRoles")
            func privileges(_ table: String) throws -> String {
                try ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"].filter { privilege in
                    try connection.execute(
                        "SELECT has_table_privilege($1, $2, $3)", parameters: [scratch.person, table, privilege]) == [["t"]]
                }.joined(separator: ",")
            }
            for table in PostgresRoles.recordTables { #expect(try privileges(table) == "SELECT,INSERT,UPDATE,DELETE", "\(table)") }
            for table in PostgresRoles.auditTables { #expect(try privileges(table) == "SELECT,INSERT", "\(table)") }
            #expect(try privileges("audit_head") == "SELECT")
            #expect(try privileges(PostgresSchema.migrationsTable) == "SELECT")
            #expect(
                try connection.execute(
                    "SELECT has_column_privilege($1, 'audit_head', 'id', 'UPDATE')", parameters: [scratch.person]) == [["t"]])
            // A record's id comes from its identity column, which needs no grant on its sequence.
            let kim = try scratch.connect(as: scratch.person)
            let inserted = try kim.execute(
                "INSERT INTO person (login, name, email, department, roles) VALUES ('kim', 'Kim Park', 'kim@example.org', 'ED', '[]') RETURNING id")
            #expect(inserted == [["1"]])
        }
    }
}
