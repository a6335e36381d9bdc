import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Store: withdrawn feedback")
struct FeedbackWithdrawalTests {
    static let missed = "Draft named the wrong clinic, Dr. Okafor"

    /// The fixture with cam enrolled and three entries by cam: ratings 5, 2 (the one to withdraw,
    /// tagged medication) and 4.
    static func fixture() throws -> (StoreFixture, withdrawn: Feedback) {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let cam = try fixture.as_("cam")
        try cam.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 5, category: .workflow, rawText: "Saved time"))
        let (withdrawn, _) = try cam.logFeedback(
            pilot: "AMB-FM", FeedbackInput(rating: 2, category: .accuracy, tags: [.medication], rawText: missed))
        try cam.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .workflow, rawText: "Fine"))
        return (fixture, withdrawn)
    }

    @Test("the author's withdrawal clears the text, leaves every list and tally, and verifies intact", .sqliteFileOnly)
    func withdraw() throws {
        let (fixture, entry) = try Self.fixture()
        let id = try #require(entry.id)
        let pilot = try fixture.database.pilot("AMB-FM").id!
        let before = try fixture.database.feedbackTallies(of: pilot)
        #expect(before.total == 3 && before.tags[.medication] == 1)

        let withdrawn = try fixture.as_("cam").withdrawFeedback(id: id)
        #expect(withdrawn.text.isEmpty && withdrawn.withdrawnAt != nil)
        #expect(try fixture.database.feedback(of: pilot).map(\.id) == [id + 1, id - 1])
        #expect(try fixture.database.feedbackCount(of: pilot) == 2)
        let after = try fixture.database.feedbackTallies(of: pilot)
        #expect(after.total == 2 && after.ratings == [0, 0, 0, 1, 1] && after.averageRating == 4.5)
        #expect(after.categories[.accuracy] == nil && after.tags[.medication] == nil)
        let stored = try fixture.database.sqliteRead { db in try String.fetchOne(db, sql: "SELECT text FROM feedback WHERE id = ?", arguments: [id]) }
        #expect(stored == "")

        // The log keeps the history: the update's before state holds what was said.
        let entries = try fixture.database.sqliteRead { db in
            try Row.fetchAll(db, sql: "SELECT action, before, after FROM audit WHERE entity = 'feedback' AND entity_id = ? ORDER BY seq", arguments: [String(id)])
        }
        #expect(entries.map { $0["action"] as String } == ["insert", "update"])
        #expect((entries[1]["before"] as String).contains("wrong clinic"))
        #expect(!(entries[1]["after"] as String).contains("wrong clinic") && (entries[1]["after"] as String).contains("\"withdrawnAt\":"))
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("only the author may withdraw, once; nothing changes on a refusal")
    func refusals() throws {
        let (fixture, entry) = try Self.fixture()
        let id = try #require(entry.id)
        let count = try fixture.auditCount()
        #expect(throws: AccessDenied.self) { try fixture.as_("lia").withdrawFeedback(id: id) }
        #expect(throws: StoreError.refused("feedback #\(id) was logged by cam; only its author may withdraw it")) {
            try fixture.as_("lee").withdrawFeedback(id: id)
        }
        #expect(throws: StoreError.notFound(entity: "feedback", name: "999")) { try fixture.as_("cam").withdrawFeedback(id: 999) }
        #expect(try fixture.auditCount() == count)
        try fixture.as_("cam").withdrawFeedback(id: id)
        #expect(throws: StoreError.refused("feedback #\(id) was already withdrawn on 2026-03-02; nothing to do")) {
            try fixture.as_("cam").withdrawFeedback(id: id)
        }
        #expect(try fixture.auditCount() == count + 1)
    }

    @Test("a withdrawn row is held to its newest audited state: put back, or changed again, it is named", arguments: [
        "UPDATE feedback SET text = '\(missed)', withdrawn_at = NULL",
        "UPDATE feedback SET withdrawn_at = NULL",
        "UPDATE feedback SET text = 'x'",
    ])
    func tampered(sql: String) throws {
        let (fixture, entry) = try Self.fixture()
        let id = try #require(entry.id)
        try fixture.as_("cam").withdrawFeedback(id: id)
        try fixture.tamper(sql + " WHERE id = \(id)")
        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems.map { "\($0.entity) \($0.id)" } == ["feedback \(id)"])
        #expect(report.rowProblems.first?.problem.contains("differs from its last audited state") == true)
    }

    @Test("feedback logged before withdrawals existed keeps its audit state byte for byte, and a file from then migrates", .sqliteFileOnly)
    func olderFile() throws {
        let (fixture, entry) = try Self.fixture()
        let id = try #require(entry.id)
        let inserted = try fixture.database.sqliteRead { db in
            try String.fetchOne(db, sql: "SELECT after FROM audit WHERE entity = 'feedback' AND entity_id = ?", arguments: [String(id)])
        }
        #expect(inserted?.contains("withdrawn") == false, "an entry that is not withdrawn says nothing of it, as before v4")
        // The file as v3 left it: no column, the old index, v4 not applied.
        try fixture.tamper("""
            DROP INDEX feedback_pilot_withdrawn; ALTER TABLE feedback DROP COLUMN withdrawn_at;
            CREATE INDEX feedback_pilot ON feedback(pilot_id, id);
            DELETE FROM grdb_migrations WHERE identifier = 'v4-feedback-withdrawn';
            """)
        let reopened = try PilotDatabase(path: fixture.path)
        #expect(try reopened.verifyAudit().isIntact)
        let cam = Ledger(database: reopened, actor: try reopened.person("cam"), osLogin: "tester", clock: fixture.admin.clock)
        try cam.withdrawFeedback(id: id)
        #expect(try reopened.feedbackCount(of: entry.pilotID) == 2)
        #expect(try reopened.verifyAudit().isIntact)
    }
}
