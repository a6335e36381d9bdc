import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Audit chain")
struct AuditChainTests {
    @Test("an untouched database verifies")
    func intact() throws {
        let fixture = try StoreFixture()
        let report = try fixture.database.verifyAudit()
        #expect(report.isIntact)
        #expect(report.entries == Int64(try fixture.auditCount()))
    }

    @Test("UPDATE and DELETE on the audit log are aborted by triggers", .sqliteFileOnly)
    func appendOnly() throws {
        let fixture = try StoreFixture()
        for sql in ["UPDATE audit SET person_login = 'x' WHERE seq = 1", "DELETE FROM audit WHERE seq = 1"] {
            let error = #expect(throws: DatabaseError.self) { try fixture.database.writer.write { db in try db.execute(sql: sql) } }
            #expect(error?.message == "the audit log is append-only", "\(sql): \(String(describing: error))")
        }
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("editing an entry with the triggers dropped is found and named", .sqliteFileOnly)
    func editedEntry() throws {
        let fixture = try StoreFixture()
        try fixture.tamper("DROP TRIGGER audit_no_update; UPDATE audit SET person_login = 'mallory' WHERE seq = 3;")
        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == 3)
    }

    @Test("deleting an entry with the triggers dropped is found and named", .sqliteFileOnly)
    func deletedEntry() throws {
        let fixture = try StoreFixture()
        try fixture.tamper("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4;")
        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == 4)
        #expect(report.brokenReason?.contains("missing") == true)
    }

    @Test("editing a pilot, decision or feedback row directly is found and named", .sqliteFileOnly, arguments: [
        ("UPDATE pilot SET stage = 'general' WHERE key = 'AMB-FM'", "pilot", "1"),
        ("UPDATE feedback SET text = 'changed' WHERE id = 1", "feedback", "1"),
        ("UPDATE person SET roles = '[\"admin\"]' WHERE login = 'cam'", "person", "3"),
        ("INSERT INTO risk (pilot_id, title, category, likelihood, impact, mitigation, owner_login, status) VALUES (1, 'x', 'privacy', 1, 1, '', 'lee', 'open')", "risk", nil),
        ("DELETE FROM tool_review", "tool_review", "1"),
    ])
    func tamperedRows(sql: String, entity: String, id: String?) throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        try fixture.as_("cam").logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 3, category: .workflow, rawText: "ok"))
        #expect(try fixture.database.verifyAudit().isIntact)
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(!report.isIntact)
        #expect(report.firstBrokenSeq == nil)
        #expect(report.rowProblems.contains { $0.entity == entity && (id == nil || $0.id == id) })
    }

    @Test("a decision row changed outside Pilotdeck is found", .sqliteFileOnly)
    func tamperedDecision() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "needs more vetting"))
        try fixture.tamper("UPDATE decision SET kind = 'go'")
        #expect(try fixture.database.verifyAudit().rowProblems.contains { $0.entity == "decision" })
    }

    @Test("an anchor detects a chain rebuilt after it")
    func anchor() throws {
        let fixture = try StoreFixture()
        let head = try fixture.database.auditHead()
        #expect(try fixture.database.verifyAudit(anchor: head).isIntact)
        let forged = AuditAnchor(seq: head.seq, hash: String(repeating: "a", count: 64))
        #expect(try fixture.database.verifyAudit(anchor: forged).anchorProblem != nil)
        let beyond = AuditAnchor(seq: head.seq + 5, hash: head.hash)
        #expect(try fixture.database.verifyAudit(anchor: beyond).anchorProblem != nil)
    }

    @Test("every entry records the OS login (on PostgreSQL the authenticated role) beside the acting person")
    func who() throws {
        let fixture = try StoreFixture()
        let entry = try #require(try fixture.database.auditEntries(limit: 1).first)
        #expect(entry.osLogin == (TestEngine.isSQLite ? "tester" : try fixture.database.authenticatedLogin()))
        #expect(entry.personLogin == "lee")
    }
}
