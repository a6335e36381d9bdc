import Foundation
import Testing
@testable import PilotStore

@Test("under CI the PostgreSQL tests have a server: their being skipped would hide them", .enabled(if: ProcessInfo.processInfo.environment["CI"] == "true"))
func postgresServerUnderCI() throws {
    #expect(PostgresTestServer.url != nil, "CI=true but PILOTDECK_TEST_POSTGRES is unset: .ci/run starts the cluster")
    if PostgresTestServer.isAvailable { #expect(try PostgresTestServer.connect().execute("SELECT 1") == [["1"]]) }
}

@Suite("PostgreSQL connection", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresConnectionTests {
    @Test("text parameters and results travel byte for byte; NULL is nil")
    func roundTrip() throws {
        let connection = try PostgresTestServer.connect()
        let values: [String?] = ["plain", nil, "", "Zoë’s note 🩺 \u{7F}", "2026-03-02 09:00:00.000", "'; DROP TABLE audit; --"]
        for value in values {
            #expect(try connection.execute("SELECT $1::text", parameters: [value]) == [[value]])
        }
        #expect(try connection.execute("SELECT 1, NULL::text UNION ALL SELECT 2, 'b' ORDER BY 1") == [["1", nil], ["2", "b"]])
    }

    @Test("a NUL character, which PostgreSQL text cannot hold, is refused before it is cut short")
    func nulRefused() throws {
        let connection = try PostgresTestServer.connect()
        #expect(throws: StoreError.refused("value $2 holds a NUL character, which PostgreSQL text cannot store; remove it")) {
            try connection.execute("SELECT $1::text, $2::text", parameters: ["fine", "cut\u{0}here"])
        }
    }

    @Test("a password in the URL is refused before anything connects")
    func passwordRefused() throws {
        let url = PostgresTestServer.url!.replacingOccurrences(of: "postgresql:///", with: "postgresql://postgres:hunter2@/")
        let error = #expect(throws: StoreError.self) { try StoreLocation(url) }
        #expect(error?.description.hasPrefix("--db holds a password; take it out of the URL and put it in PGPASSWORD or ~/.pgpass") == true)
        #expect(error?.description.contains("hunter2") == false)
    }

    @Test("no such database: one line naming it and what to do")
    func missingDatabase() throws {
        let error = #expect(throws: StoreError.self) { try PostgresTestServer.connect(database: "pdt_no_such_database") }
        let text = error?.description ?? ""
        #expect(text.hasPrefix("cannot connect to PostgreSQL: connection to server on socket "), "\(text)")
        #expect(text.contains(#"database "pdt_no_such_database" does not exist"#))
        #expect(text.hasSuffix("; correct the database in the URL, or have the server's administrator create it (createdb NAME)"))
        #expect(!text.contains("\n"))
    }

    @Test("no such role: the login advice")
    func missingRole() throws {
        let error = #expect(throws: StoreError.self) { try PostgresTestServer.connect(user: "pdt_no_such_role") }
        let text = error?.description ?? ""
        #expect(text.contains(#"role "pdt_no_such_role" does not exist"#), "\(text)")
        #expect(text.hasSuffix("; check the user in the URL (user@host or ?user=NAME) and its password in PGPASSWORD or ~/.pgpass"))
    }

    @Test("no server on the socket: one line naming the socket")
    func noServer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdt-nosocket-\(UUID().uuidString.prefix(8))").path
        guard case .postgres(let location) = try StoreLocation("postgresql:///postgres?host=\(folder)") else {
            Issue.record("a postgresql:// URL was not read as PostgreSQL")
            return
        }
        let error = #expect(throws: StoreError.self) { try PostgresConnection(location) }
        #expect(
            error?.description
                == #"cannot connect to PostgreSQL: connection to server on socket "\#(folder)/.s.PGSQL.5432" failed: No such file or directory Is the server running locally and accepting connections on that socket?"#)
    }

    @Test("a failed statement rolls its transaction back, and one swallowed inside it still fails the transaction")
    func rollback() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            try connection.execute("CREATE TABLE t (k TEXT PRIMARY KEY)")
            #expect(throws: StoreError.conflict(#"refused by the database: duplicate key value violates unique constraint "t_pkey""#)) {
                try connection.writeTransaction {
                    try connection.execute("INSERT INTO t VALUES ('a')")
                    try connection.execute("INSERT INTO t VALUES ('a')")
                }
            }
            #expect(throws: StoreError.cannotOpen("a statement of the transaction failed, so PostgreSQL rolled it back; nothing was written")) {
                try connection.writeTransaction {
                    try connection.execute("INSERT INTO t VALUES ('b')")
                    _ = try? connection.execute("INSERT INTO t VALUES ('b')")
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM t") == [["0"]])
        }
    }

    @Test("a read transaction sees one snapshot while another connection commits")
    func readSnapshot() throws {
        try PostgresTestServer.withScratch { scratch in
            let reader = try scratch.connect()
            let writer = try scratch.connect()
            try writer.execute("CREATE TABLE t (k TEXT)")
            let counts = try reader.readTransaction {
                let first = try reader.execute("SELECT count(*) FROM t")
                try writer.execute("INSERT INTO t VALUES ('a')")
                return [first, try reader.execute("SELECT count(*) FROM t")]
            }
            #expect(counts == [[["0"]], [["0"]]])
            #expect(try reader.execute("SELECT count(*) FROM t") == [["1"]])
            #expect(throws: StoreError.self) { try reader.readTransaction { try reader.execute("INSERT INTO t VALUES ('b')") } }
        }
    }

    @Test("a connection lost at COMMIT says the write may or may not be saved, naming the server, in one line")
    func lostAtCommit() throws {
        try PostgresTestServer.withScratch { scratch in
            let connection = try scratch.connect()
            let admin = try scratch.connect()
            let error = #expect(throws: StoreError.self) {
                try connection.writeTransaction {
                    try admin.execute("SELECT pg_terminate_backend($1, 5000)", parameters: [String(connection.serverProcessID)])
                }
            }
            let text = error?.description ?? ""
            #expect(text.hasPrefix("lost the connection to \(connection.location) ("), "\(text)")
            #expect(text.hasSuffix("); the write may or may not have been saved: look at the audit log (pilotdeck audit log) before repeating it"))
            #expect(!text.contains("\n"))
        }
    }
}
