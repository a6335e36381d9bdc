import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

/// `verifyAudit` reads measurements, feedback and the chain straight from the engine's columns,
/// hands anything unusual to GRDB's decoding, and hashes on other threads in batches; these hold
/// each of those paths to the report the plain GRDB reading gave, on either engine unless a test
/// reaches under the store into a SQLite file.
@Suite("Audit verifier")
struct AuditVerifierTests {
    /// The fixture with `measurements` measurements and three pieces of feedback, one of them in
    /// non-ASCII text.
    static func fixture(measurements: Int = 6) throws -> StoreFixture {
        let fixture = try StoreFixture()
        let lead = try fixture.as_("lee")
        try lead.addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        try lead.recordMeasurements(pilot: "AMB-FM", (0..<measurements).map {
            Numbered(line: $0 + 1, value: MeasurementInput(
                metricKey: "doc-time", value: Double($0) / 10, n: 10 + $0, day: StoreFixture.today.adding(days: -($0 % 365)),
                isBaseline: $0.isMultiple(of: 2)))
        })
        try fixture.as_("cam").logFeedback(pilot: "AMB-FM", [
            Numbered(line: 1, value: FeedbackInput(rating: 4, category: .workflow, tags: [.order], rawText: "Saved time")),
            Numbered(line: 2, value: FeedbackInput(rating: 2, category: .accuracy, rawText: "Ça va, Dr. Yáñez 🩺 \"quoted\"")),
            Numbered(line: 3, value: FeedbackInput(rating: 5, category: .usability, tags: [.medication, .other], rawText: "Fine")),
        ])
        #expect(try fixture.database.verifyAudit().isIntact)
        return fixture
    }

    @Test("measurement and feedback rows changed, added or removed outside Pilotdeck are each named", arguments: [
        ("UPDATE measurement SET value = value + 1 WHERE id = 2", "measurement", "2", "differs"),
        ("UPDATE measurement SET is_baseline = 1 - is_baseline WHERE id = 5", "measurement", "5", "differs"),
        ("INSERT INTO measurement (pilot_id, metric_key, value, n, day, stage, is_baseline) VALUES (1, 'doc-time', 1, 1, '2026-01-01', 'intake', 0)", "measurement", "7", "no audit entry"),
        ("DELETE FROM measurement WHERE id = 3", "measurement", "3", "missing"),
        ("UPDATE feedback SET tags = '[\"order\",\"other\"]' WHERE id = 1", "feedback", "1", "differs"),
        ("UPDATE feedback SET text = 'Ça va, Dr. Yanez' WHERE id = 2", "feedback", "2", "differs"),
        ("DELETE FROM feedback WHERE id = 3", "feedback", "3", "missing"),
    ])
    func tamperedBulkRows(sql: String, entity: String, id: String, problem: String) throws {
        let fixture = try Self.fixture()
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == nil)
        #expect(report.rowProblems.count == 1)
        #expect(report.rowProblems.first.map { $0.entity == entity && $0.id == id && $0.problem.contains(problem) } == true)
    }

    @Test("an entry added to the log outside Pilotdeck breaks the chain, and rows are held to the newest state", .sqliteFileOnly, arguments: [
        ("SELECT after FROM audit WHERE entity = 'measurement' AND entity_id = '2'", "2", nil as String?),
        ("'{\"forged\":1}'", "2", "differs"),
        ("NULL", "3", "deleted in the audit log"),
    ])
    func forgedEntry(after: String, id: String, problem: String?) throws {
        let fixture = try Self.fixture()
        let head = try fixture.database.auditHead()
        try fixture.tamper("""
            INSERT INTO audit (seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after, prev_hash, hash)
            VALUES (\(head.seq + 1), '2026-03-02 09:00:00.000', 'x', 'lee', 'measurement', '\(id)', 1, 'update', NULL, (\(after)), '\(head.hash)', '\(String(repeating: "0", count: 64))')
            """)
        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == head.seq + 1)
        #expect(report.rowProblems.map(\.id) == (problem == nil ? [] : [id]))
        #expect(report.rowProblems.allSatisfy { $0.entity == "measurement" && $0.problem.contains(problem ?? "") })
    }

    @Test("values GRDB reads but Pilotdeck never writes verify as GRDB read them", .sqliteFileOnly, arguments: [
        "UPDATE measurement SET stage = CAST(stage AS BLOB) WHERE id = 1",
        "UPDATE measurement SET value = CAST(value AS BLOB) WHERE id = 1",
        "UPDATE feedback SET created_at = replace(created_at, ' ', 'T') WHERE id = 1",
        "UPDATE feedback SET tags = '[ \"order\" ]' WHERE id = 1",
        "DROP TRIGGER audit_no_update; UPDATE audit SET at = replace(at, ' ', 'T') WHERE seq = 2",
    ])
    func unusualStorage(sql: String) throws {
        let fixture = try Self.fixture()
        // A trigger dropped to edit the log is put back as it was: verify names a missing one.
        let trigger = try #require(try fixture.database.sqliteRead { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_no_update'")
        })
        try fixture.tamper(sql.hasPrefix("DROP TRIGGER audit_no_update") ? sql + "; " + trigger : sql)
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("a value GRDB cannot read is a tampered row, named, not an error")
    func unreadable() throws {
        let fixture = try Self.fixture()
        try fixture.tamper("UPDATE measurement SET stage = 'bogus' WHERE id = 4")
        #expect(try fixture.database.verifyAudit().rowProblems.map(\.id) == ["4"])
    }

    @Test("a broken entry far into the log is found at its entry, past the first batches", .sqliteFileOnly, arguments: [
        ("DROP TRIGGER audit_no_update; UPDATE audit SET after = replace(after, '\"n\":', '\"n\":1') WHERE seq = 9000", 9000, "content"),
        ("DROP TRIGGER audit_no_update; UPDATE audit SET prev_hash = hash WHERE seq = 8193", 8193, "link"),
        ("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 4097", 4097, "missing"),
    ])
    func brokenDeep(sql: String, seq: Int64, reason: String) throws {
        let fixture = try Self.fixture(measurements: 10_000)
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == seq)
        #expect(report.brokenReason?.contains(reason) == true)
    }

    @Test("a measurement changed far into the table is named, and the anchor still checks")
    func changedDeep() throws {
        let fixture = try Self.fixture(measurements: 10_000)
        let head = try fixture.database.auditHead()
        try fixture.tamper("UPDATE measurement SET n = n + 1 WHERE id = 9999")
        let report = try fixture.database.verifyAudit(anchor: head)
        #expect(report.rowProblems.map(\.id) == ["9999"])
        #expect(report.anchorProblem == nil)
        #expect(report.entries == head.seq)
    }

    @Test("rows their insert no longer describes are read back in chunks, and a changed one among them is named")
    func unsettledRows() throws {
        let fixture = try StoreFixture()
        let clinician = try fixture.as_("cam")
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let count = AuditVerifier.rereadChunk + 2
        try clinician.logFeedback(pilot: "AMB-FM", (0..<count).map {
            Numbered(line: $0 + 1, value: FeedbackInput(rating: 3, category: .workflow, rawText: "Entry \($0)"))
        })
        for id in 1...Int64(count) { try clinician.withdrawFeedback(id: id) }
        #expect(try fixture.database.verifyAudit().isIntact)
        try fixture.tamper("UPDATE feedback SET text = 'put back' WHERE id = \(count - 1)")
        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems.map { "\($0.entity) \($0.id) \($0.problem)" } == [
            "feedback \(count - 1) row differs from its last audited state: changed outside Pilotdeck"
        ])
    }

    @Test("verification while another connection writes sees one snapshot: always intact")
    func concurrentWrites() async throws {
        let fixture = try Self.fixture(measurements: 3_000)
        let writer = try fixture.as_("lee")
        let writes = Task.detached {
            for round in 0..<20 {
                try writer.recordMeasurements(pilot: "AMB-FM", (0..<200).map {
                    Numbered(line: $0 + 1, value: MeasurementInput(metricKey: "note-quality", value: Double(round), n: 1, day: StoreFixture.today))
                })
            }
        }
        for _ in 0..<8 {
            let report = try fixture.database.verifyAudit()
            #expect(report.isIntact, "\(report.rowProblems.prefix(3)) \(report.brokenReason ?? "")")
        }
        try await writes.value
        #expect(try fixture.database.verifyAudit().isIntact)
    }
}
