import Foundation
import PilotDemo
import PilotKit
import Testing
@testable import PilotStore

/// The whole store on PostgreSQL, through the same Ledger, queries and verifier as on SQLite.
@Suite("PostgreSQL store", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresStoreTests {
    /// The demo hospital seeded into a scratch database by the server's superuser, with the
    /// admin `DemoSeed` gives the SQLite one.
    static func withDemo<T>(_ body: (PilotDatabase, PostgresScratch) throws -> T) throws -> T {
        try PostgresTestServer.withScratch { scratch in
            let database = try PilotDatabase(path: PostgresTestServer.url(database: scratch.database), mode: .create)
            _ = try DemoHospital.seed(into: database, admin: "root", playbooks: try DemoSeed.playbooks.get(), today: DemoSeed.today)
            return try body(database, scratch)
        }
    }

    @Test("the demo hospital on PostgreSQL has SQLite's pilots, gates and number of entries, and verifies intact")
    func demoAsOnSQLite() throws {
        let sqlite = try DemoSeed.standard.get().database
        try Self.withDemo { database, scratch in
            #expect(database.displayName == scratch.database)
            let pilots = try database.pilots()
            #expect(pilots.map { "\($0.key) \($0.stage) \($0.status) \($0.statusReason)" }
                == (try sqlite.pilots()).map { "\($0.key) \($0.stage) \($0.status) \($0.statusReason)" })
            for pilot in pilots {
                let here = try database.readiness(of: pilot.key, today: DemoSeed.today)
                let there = try sqlite.readiness(of: pilot.key, today: DemoSeed.today)
                #expect(here.criteria.map { "\($0.name) \($0.status)" } == there.criteria.map { "\($0.name) \($0.status)" }, "\(pilot.key)")
            }
            // Entry by entry, what changed is byte for byte what SQLite recorded; only the time and
            // the login each engine vouches for (and so the hashes) differ.
            let count = try sqlite.auditCount()
            func changes(_ database: PilotDatabase) throws -> [String] {
                try database.auditEntries(limit: count).map {
                    "\($0.seq) \($0.personLogin) \($0.entity) \($0.entityID) \($0.pilotID ?? 0) \($0.action) \($0.before ?? "-") \($0.after ?? "-")"
                }
            }
            let here = try changes(database)
            let there = try changes(sqlite)
            #expect(here.count == count)
            #expect(zip(here, there).first { $0 != $1 } == nil)
            #expect(try database.feedbackTallies(of: pilots[0].id!) == (try sqlite.feedbackTallies(of: pilots[0].id!)))
            let report = try database.verifyAudit()
            #expect(report.isIntact, "\(report.lines())")
            // Every entry names the role the server authenticated.
            let logins = try scratch.connect().execute("SELECT DISTINCT os_login FROM audit").map { $0[0] }
            #expect(logins == [try database.authenticatedLogin()])
        }
    }

    @Test("edits made as the superuser with the triggers off are named by audit verify: an entry, a pilot, a measurement, a deleted row, the trigger")
    func tamperingIsNamed() throws {
        try Self.withDemo { database, scratch in
            let pilot = try database.pilot("RAD-CT")
            let measurement = try #require(try database.measurements(of: pilot.id!).first)
            let risk = try #require(try database.risks(of: pilot.id!).last)
            try scratch.connect().executeScript(
                """
                ALTER TABLE audit DISABLE TRIGGER audit_no_update;
                UPDATE audit SET after = replace(after, '"name"', '"nome"') WHERE seq = 12;
                UPDATE pilot SET name = 'Renamed' WHERE key = 'RAD-CT';
                UPDATE measurement SET value = value + 1 WHERE id = \(measurement.id!);
                DELETE FROM risk WHERE id = \(risk.id!);
                UPDATE feedback SET stage = 'bogus' WHERE id = 1;
                """)
            let report = try database.verifyAudit()
            #expect(!report.isIntact)
            #expect(report.firstBrokenSeq == 12)
            let problems = report.rowProblems.map { "\($0.entity) \($0.id): \($0.problem)" }
            #expect(problems.contains("pilot \(pilot.id!): row differs from its last audited state: changed outside Pilotdeck"), "\(problems)")
            #expect(problems.contains("measurement \(measurement.id!): row differs from its last audited state: changed outside Pilotdeck"))
            #expect(problems.contains("risk \(risk.id!): row is missing: deleted outside Pilotdeck"))
            // A value the column readers cannot take goes through GRDB's decoding, which names it.
            #expect(problems.contains("feedback 1: row cannot be read (column stage holds a value Pilotdeck never writes): changed outside Pilotdeck"), "\(problems)")
            #expect(report.triggerProblems == ["audit_no_update on audit is disabled: turned off outside Pilotdeck"])
        }
    }

    @Test("four writers with connections of their own append one linear chain: every row lands, none is refused as busy")
    func fourWriters() throws {
        try Self.withDemo { database, _ in
            let before = try database.auditCount()
            let pilot = try database.pilot("DSUM-HM")
            let failures = ThreadLog()
            DispatchQueue.concurrentPerform(iterations: 4) { writer in
                do {
                    let own = try PilotDatabase(path: database.path)
                    let ledger = Ledger(database: own, actor: try own.person(pilot.ownerLogin), osLogin: "ignored")
                    for _ in 1...15 {
                        try ledger.recordMeasurement(
                            pilot: pilot.key, MeasurementInput(metricKey: "summary-time", value: Double(20 + writer), n: 10, day: DemoSeed.today, sd: 4))
                    }
                } catch {
                    failures.append("writer \(writer): \(error)")
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            #expect(try database.auditCount() == before + 60)
            let entries = try database.auditEntries(limit: 61)
            #expect(zip(entries, entries.dropFirst()).allSatisfy { $0.prevHash == $1.hash && $0.seq == $1.seq + 1 })
            #expect(try database.verifyAudit().isIntact)
        }
    }

    @Test("a write waiting on the chain's lock held elsewhere gets the one-line busy error and writes nothing")
    func heldLockIsBusy() throws {
        try Self.withDemo { database, scratch in
            let waiting = try PilotDatabase(path: database.path, busyTimeout: 0.3)
            let ledger = try Ledger.open(waiting, actingAs: "root")
            let before = try database.auditCount()
            let holder = try scratch.connect()
            try holder.writeTransaction {
                _ = try PostgresChainHead.lock(holder)
                let error = #expect(throws: StoreError.self) { try ledger.reviewActionPlan(pilot: "RAD-CT") }
                #expect(error == .busy("the write"))
            }
            #expect(try database.auditCount() == before)
        }
    }

    @Test("backup on PostgreSQL names the server's tools and creates nothing")
    func backupRefused() throws {
        try PostgresTestServer.withScratch { scratch in
            let database = try PilotDatabase(path: PostgresTestServer.url(database: scratch.database), mode: .create)
            let target = FileManager.default.temporaryDirectory.appendingPathComponent("pd-\(UUID().uuidString).sqlite").path
            let error = #expect(throws: StoreError.self) { try database.backup(to: target) }
            #expect(error?.description.contains("pg_dump") == true)
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }

    @Test("an empty database is refused by every command but init and demo, naming init")
    func emptyRefused() throws {
        try PostgresTestServer.withScratch { scratch in
            let error = #expect(throws: StoreError.self) { try PilotDatabase(path: PostgresTestServer.url(database: scratch.database)) }
            #expect(error?.description.contains("pilotdeck init --db URL") == true)
            let tables = try scratch.connect().execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            #expect(tables[0][0] == "0")
        }
    }

    @Test("a connection the server closed while it sat idle is replaced at the next read, which answers, on any thread")
    func idleConnectionClosed() throws {
        try Self.withDemo { database, scratch in
            let pilots = try database.pilots()
            // The reads leave their connections idle, each read's COMMIT not yet answered.
            DispatchQueue.concurrentPerform(iterations: 2) { _ in _ = try? database.pilots() }
            let ended = try scratch.connect().execute(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) AS t",
                parameters: [scratch.database])
            #expect(ended != [["0"]])
            // The server has ended them once they are gone from its list: their sockets are closed.
            let admin = try scratch.connect()
            let gone = Date().addingTimeInterval(10)
            while try admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", parameters: [scratch.database])
                != [["0"]], Date() < gone
            {
                Thread.sleep(forTimeInterval: 0.01)
            }
            let again = try (0..<2).map { _ in try database.pilots() }
            #expect(again.allSatisfy { $0.map(\.key) == pilots.map(\.key) })
        }
    }
}
