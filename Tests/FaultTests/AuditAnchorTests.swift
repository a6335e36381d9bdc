import Foundation
import GRDB
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: a rebuilt audit chain against an anchor", .serialized)
struct AuditAnchorTests {
    @Test("a chain forged and rehashed after `audit anchor` verifies alone but not against the anchor")
    func rebuiltChain() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let anchor = try cli.run(["audit", "anchor", "--db", db])
        #expect(anchor.succeeded, "\(anchor.stderr)")
        let kept = anchor.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(kept.range(of: #"^[0-9]+:[0-9a-f]{64}$"#, options: .regularExpression) != nil, "\(kept)")
        try cli.run(["feedback", "add", "--db", db, "--pilot", try SeededDemo.summary.readyPilot, "--rating", "5", "--category", "accuracy", "--text", "after the anchor"])
        #expect(try cli.run(["audit", "verify", "--db", db, "--anchor", kept]).succeeded)

        // Blamed on someone holding the same roles: `verify` replays authority, so any other
        // reattribution is caught without an anchor.
        let seq = try #require(Int64(try cli.sqliteValue(db, """
            SELECT MIN(a.seq) FROM audit a JOIN person p ON p.login = a.person_login
            WHERE a.entity = 'feedback' AND p.roles = '["clinician"]'
            """).trimmingCharacters(in: .whitespacesAndNewlines)))
        let other = try cli.sqliteValue(db, """
            SELECT login FROM person WHERE roles = '["clinician"]'
            AND login <> (SELECT person_login FROM audit WHERE seq = \(seq)) ORDER BY login LIMIT 1
            """).trimmingCharacters(in: .whitespacesAndNewlines)
        try cli.sqlite(db, try Self.forgery(db, blaming: other, seq: seq))

        let alone = try cli.run(["audit", "verify", "--db", db])
        #expect(alone.succeeded, "the rebuilt chain should verify without an anchor: \(alone.stdout)")
        let anchored = try cli.run(["audit", "verify", "--db", db, "--anchor", kept])
        #expect(anchored.exited && anchored.status != 0)
        #expect(anchored.stdout.contains("rewritten"), "\(anchored.stdout)")
    }

    /// SQL that reattributes entry `seq` to `login`, recomputes every later hash from scratch and
    /// rebuilds the filter's person index, putting back the triggers it drops as they were, as an
    /// attacker with write access to the file would.
    static func forgery(_ db: String, blaming login: String, seq: Int64) throws -> String {
        let (triggers, all) = try PilotDatabase(path: db).sqliteRead { db in
            (try String.fetchAll(db, sql: "SELECT sql || ';' FROM sqlite_master WHERE name IN ('audit_no_update', 'audit_block_no_delete')"),
             try AuditEntry.order(Column("seq")).fetchAll(db))
        }
        var entries = all
        var statements = ["DROP TRIGGER audit_no_update;", "DROP TRIGGER audit_block_no_delete;", "BEGIN;"]
        for index in entries.indices where entries[index].seq >= seq {
            if entries[index].seq == seq { entries[index].personLogin = login }
            entries[index].prevHash = index == 0 ? AuditEntry.genesisHash : entries[index - 1].hash
            entries[index].hash = entries[index].computedHash()
            let entry = entries[index]
            statements.append("UPDATE audit SET person_login = '\(entry.personLogin)', prev_hash = '\(entry.prevHash)', hash = '\(entry.hash)' WHERE seq = \(entry.seq);")
        }
        statements += [
            "DELETE FROM audit_block WHERE facet = 'person';",
            "INSERT INTO audit_block SELECT DISTINCT 'person', person_login, seq >> 6 FROM audit;", "COMMIT;",
        ] + triggers
        return statements.joined(separator: "\n")
    }
}
