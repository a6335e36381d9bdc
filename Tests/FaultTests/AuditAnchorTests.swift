import Foundation
import GRDB
import PilotStore
import Testing

@Suite("Faults: a rebuilt audit chain against an anchor", .serialized)
struct AuditAnchorTests {
    @Test("a chain forged and rehashed after `audit anchor` verifies alone but not against the anchor")
    func rebuiltChain() throws {
        let cli = try Pilotdeck()
        let db = try DemoFixture.copy(into: cli)
        let anchor = try cli.run(["audit", "anchor", "--db", db])
        #expect(anchor.succeeded, "\(anchor.err)")
        let kept = anchor.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(kept.range(of: #"^[0-9]+:[0-9a-f]{64}$"#, options: .regularExpression) != nil, "\(kept)")
        try cli.run(["feedback", "add", "--db", db, "--pilot", try DemoFixture.summary.readyPilot, "--rating", "5", "--category", "accuracy", "--text", "after the anchor"])
        #expect(try cli.run(["audit", "verify", "--db", db, "--anchor", kept]).succeeded)

        try cli.sqlite(db, try Self.forgery(db, blaming: "someone-else", seq: 2))

        let alone = try cli.run(["audit", "verify", "--db", db])
        #expect(alone.succeeded, "the rebuilt chain should verify without an anchor: \(alone.out)")
        let anchored = try cli.run(["audit", "verify", "--db", db, "--anchor", kept])
        #expect(anchored.exited && anchored.status != 0)
        #expect(anchored.out.contains("rewritten"), "\(anchored.out)")
    }

    /// SQL that reattributes entry `seq` to `login` and recomputes every later hash from scratch,
    /// as an attacker with write access to the file would.
    static func forgery(_ db: String, blaming login: String, seq: Int64) throws -> String {
        var entries = try PilotDatabase(path: db).read { db in try AuditEntry.order(Column("seq")).fetchAll(db) }
        var statements = ["DROP TRIGGER audit_no_update;", "BEGIN;"]
        for index in entries.indices where entries[index].seq >= seq {
            if entries[index].seq == seq { entries[index].personLogin = login }
            entries[index].prevHash = index == 0 ? AuditEntry.genesisHash : entries[index - 1].hash
            entries[index].hash = entries[index].computedHash()
            let entry = entries[index]
            statements.append("UPDATE audit SET person_login = '\(entry.personLogin)', prev_hash = '\(entry.prevHash)', hash = '\(entry.hash)' WHERE seq = \(entry.seq);")
        }
        statements += ["COMMIT;", "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"]
        return statements.joined(separator: "\n")
    }
}
