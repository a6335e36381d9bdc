import Foundation
import Testing
@testable import PilotStore

@Suite("PostgreSQL audit chain", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipReason))
struct PostgresChainTests {
    @Test("writers on two threads, each with its own connection, chain one after another through audit_head")
    func concurrentWriters() throws {
        try PostgresTestServer.withScratch { scratch in
            try PostgresSchema.migrate(try scratch.connect())
            let perWriter = 40
            let failures = ThreadLog()
            let done = DispatchGroup()
            for _ in 0..<2 {
                done.enter()
                Thread {
                    defer { done.leave() }
                    do {
                        let connection = try scratch.connect()
                        for _ in 0..<perWriter {
                            // Holding the lock a moment lets the other writer queue up behind it.
                            try PostgresTestChain.append(on: connection) { usleep(500) }
                        }
                    } catch {
                        failures.append("\(error)")
                    }
                }.start()
            }
            done.wait()
            #expect(failures.all.isEmpty, "\(failures.all)")
            let entries = try PostgresTestChain.entries(on: try scratch.connect())
            #expect(entries.map(\.seq) == Array(1...Int64(2 * perWriter)))
            #expect(entries.first?.prevHash == AuditEntry.genesisHash)
            for (previous, entry) in zip(entries, entries.dropFirst()) {
                #expect(entry.prevHash == previous.hash, "entry \(entry.seq) does not chain from \(previous.seq)")
                #expect(entry.at >= previous.at, "entry \(entry.seq) is dated before \(previous.seq)")
            }
            // The hash each writer computed before inserting is the one the stored row gives.
            #expect(entries.allSatisfy { $0.computedHash() == $0.hash })
            #expect(Dictionary(grouping: entries, by: \.entityID).values.map(\.count) == [perWriter, perWriter])
        }
    }

    @Test("a writer that read the head without the lock cannot fork the chain: UNIQUE(prev_hash) refuses it")
    func forkRefused() throws {
        try PostgresTestServer.withScratch { scratch in
            try PostgresSchema.migrate(try scratch.connect())
            let careless = try scratch.connect()
            let other = try scratch.connect()
            let error = #expect(throws: StoreError.self) {
                try careless.writeTransaction {
                    let stale = try careless.execute("SELECT session_user, pilotdeck_clock(clock_timestamp())")[0]
                    try PostgresTestChain.append(on: other)
                    // Chains from the genesis hash the other writer has just used, under the next number.
                    var entry = AuditEntry(
                        seq: 2, at: Date(), osLogin: stale[0]!, personLogin: "ada", entity: "person", entityID: "2",
                        pilotID: nil, action: "insert", before: nil, after: "{}", prevHash: AuditEntry.genesisHash, hash: "")
                    entry.hash = entry.computedHash()
                    try PostgresTestChain.insert(entry, at: stale[1]!, on: careless)
                }
            }
            #expect(error == .conflict(#"refused by the database: duplicate key value violates unique constraint "audit_prev_hash_key""#))
            #expect(try PostgresTestChain.entries(on: other).map(\.seq) == [1])
        }
    }

    @Test("an entry claiming another login gets the role that authenticated (session_user) stamped instead")
    func sessionUserStamped() throws {
        try PostgresTestServer.withScratch { scratch in
            let scratch = try scratch.migrated()
            let kim = try scratch.connect(as: scratch.person)
            try kim.writeTransaction {
                let head = try PostgresChainHead.lock(kim)
                #expect(head.role == scratch.person)
                try PostgresTestChain.insert(PostgresTestChain.entry(after: head, osLogin: "ada"), at: head.at, on: kim)
            }
            let stored = try PostgresTestChain.entries(on: kim)
            #expect(stored.map(\.osLogin) == [scratch.person])
            // The forged claim was hashed, so the stored row no longer matches its hash: verify names it.
            #expect(stored[0].computedHash() != stored[0].hash)
        }
    }

    @Test("an entry dated by the client's clock rather than the server's is refused")
    func clientClockRefused() throws {
        try PostgresTestServer.withScratch { scratch in
            try PostgresSchema.migrate(try scratch.connect())
            let connection = try scratch.connect()
            let error = #expect(throws: StoreError.self) {
                try connection.writeTransaction {
                    let head = try PostgresChainHead.lock(connection)
                    try PostgresTestChain.insert(PostgresTestChain.entry(after: head), at: "2020-01-01 00:00:00.000", on: connection)
                }
            }
            #expect(
                error == .conflict(
                    "refused by the database: audit entry 1 is dated 2020-01-01 00:00:00.000, which is not the server's clock during its transaction"))
            #expect(try PostgresTestChain.entries(on: connection).isEmpty)
        }
    }

    @Test("a writer that cannot get the chain's lock within its lock_timeout gets SQLite's busy error, in one line")
    func lockTimeoutIsBusy() throws {
        try PostgresTestServer.withScratch { scratch in
            try PostgresSchema.migrate(try scratch.connect())
            let holder = try scratch.connect()
            let waiter = try scratch.connect()
            let started = Date()
            try holder.writeTransaction {
                _ = try PostgresChainHead.lock(holder)
                let error = #expect(throws: StoreError.self) { try PostgresTestChain.append(on: waiter, lockTimeout: 0.2) }
                #expect(error == .busy("the write"))
                #expect(
                    error?.description
                        == "the database is busy (another process holds the write lock) and the write timed out; try again when it is free")
            }
            #expect(Date().timeIntervalSince(started) < 3)
            // The lock is free again once the holder commits.
            try PostgresTestChain.append(on: waiter, lockTimeout: 0.2)
        }
    }

    @Test("the audit tables' triggers refuse UPDATE, DELETE and TRUNCATE even to their owner")
    func triggersRefuseOwner() throws {
        try PostgresTestServer.withScratch { scratch in
            let scratch = try scratch.migrated()
            let owner = try scratch.connect(as: scratch.roles.owner)
            try PostgresTestChain.append(on: owner)
            try owner.execute("INSERT INTO audit_block (facet, value, block) VALUES ('person', 'ada', 0)")
            let refusals = [
                ("UPDATE audit SET person_login = 'eve'", "the audit log is append-only"),
                ("DELETE FROM audit", "the audit log is append-only"),
                ("TRUNCATE audit", "the audit log is append-only"),
                ("UPDATE audit_block SET value = 'eve'", "the audit index is append-only"),
                ("DELETE FROM audit_block", "the audit index is append-only"),
                ("TRUNCATE audit_block", "the audit index is append-only"),
                ("UPDATE audit_head SET id = 1", "the audit chain's lock row is fixed"),
                ("DELETE FROM audit_head", "the audit chain's lock row is fixed"),
                ("TRUNCATE audit_head", "the audit chain's lock row is fixed"),
            ]
            for (sql, message) in refusals {
                #expect(throws: StoreError.conflict("refused by the database: \(message)"), "\(sql)") {
                    try owner.execute(sql)
                }
            }
            let counts = try owner.execute("SELECT (SELECT count(*) FROM audit), (SELECT count(*) FROM audit_block), (SELECT count(*) FROM audit_head)")
            #expect(counts == [["1", "1", "1"]])
        }
    }

    @Test("the application role reads and appends the audit tables but is refused UPDATE, DELETE and TRUNCATE by privilege")
    func applicationRoleRefused() throws {
        try PostgresTestServer.withScratch { scratch in
            let scratch = try scratch.migrated()
            let kim = try scratch.connect(as: scratch.person)
            try PostgresTestChain.append(on: kim)
            try kim.execute("INSERT INTO audit_block (facet, value, block) VALUES ('person', 'ada', 0) ON CONFLICT DO NOTHING")
            func denied(_ table: String) -> StoreError {
                .refused("refused by the database: permission denied for table \(table); this database role lacks the privilege")
            }
            let refusals: [(String, StoreError)] = [
                ("UPDATE audit SET after = NULL", denied("audit")),
                ("DELETE FROM audit", denied("audit")),
                ("TRUNCATE audit", denied("audit")),
                ("UPDATE audit_block SET value = 'x'", denied("audit_block")),
                ("DELETE FROM audit_block", denied("audit_block")),
                ("TRUNCATE audit_block", denied("audit_block")),
                // UPDATE (id) lets writers lock the row; changing it is left to its trigger.
                ("UPDATE audit_head SET id = 1", .conflict("refused by the database: the audit chain's lock row is fixed")),
                ("DELETE FROM audit_head", denied("audit_head")),
                ("TRUNCATE audit_head", denied("audit_head")),
            ]
            for (sql, refusal) in refusals {
                #expect(throws: refusal, "\(sql)") { try kim.execute(sql) }
            }
            #expect(try PostgresTestChain.entries(on: kim).count == 1)
        }
    }

    @Test("an upgrade that adds the metric sums and feedback tallies lets the application role write them without a new grant")
    func upgradeKeepsGrants() throws {
        try PostgresTestServer.withScratch { scratch in
            let scratch = try scratch.migrated()
            let owner = try scratch.connect(as: scratch.roles.owner)
            try owner.executeScript("""
                DROP TABLE measurement_sum, feedback_tally, feedback_tag_tally; DROP FUNCTION pilotdeck_round, pilotdeck_grant_writers;
                DELETE FROM \(PostgresSchema.migrationsTable) WHERE identifier IN ('v8-measurement-sums', 'v9-feedback-tallies');
                """)
            #expect(try PostgresSchema.migrate(owner) == ["v8-measurement-sums", "v9-feedback-tallies"])
            for table in ["measurement_sum", "feedback_tally", "feedback_tag_tally"] {
                let privilege = "SELECT has_table_privilege('\(scratch.person)', '\(table)', 'INSERT, UPDATE')"
                #expect(try scratch.connect().execute(privilege) == [["t"]], "\(table)")
            }
        }
    }
}
