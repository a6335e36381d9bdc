import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

/// `audit verify` replays who held which roles, and whether the file was a demo, from the log
/// itself: an entry written on authority the log never gave is reported even when every row is
/// back to its audited state.
@Suite("Audit authority replay")
struct AuditAuthorityTests {
    /// Lets `login` act on the roles the person row holds now, as `Ledger.open` would read them.
    static func acting(_ fixture: StoreFixture, as login: String) throws -> Ledger {
        Ledger(database: fixture.database, actor: try fixture.database.person(login), osLogin: login, clock: fixture.admin.clock)
    }

    static func seq(of entity: String, _ action: String, _ fixture: StoreFixture) throws -> Int64 {
        try #require(try fixture.database.sqliteRead { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM audit WHERE entity = ? AND action = ?", arguments: [entity, action])
        })
    }

    @Test("a clinician who gave herself leadership by hand, overrode a gate and restored her roles is named at the decision", .sqliteFileOnly)
    func roleChangedAndRestored() throws {
        let fixture = try StoreFixture(demo: false)
        #expect(try fixture.database.verifyAudit().isIntact)
        try fixture.tamper(#"UPDATE person SET roles = '["clinician","leadership"]' WHERE login = 'cam'"#)
        try Self.acting(fixture, as: "cam").decide(
            pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "pushing it through", override: true))
        try fixture.tamper(#"UPDATE person SET roles = '["clinician"]' WHERE login = 'cam'"#)

        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == nil && report.rowProblems.isEmpty)
        #expect(!report.isIntact)
        let decision = try Self.seq(of: "decision", "insert", fixture)
        #expect(report.unauthorized.first == .init(seq: decision, problem: "decide override by cam, who held clinician"))
        #expect(report.unauthorized.contains { $0.problem == "pilot update by cam, who held clinician" })
    }

    @Test("a lead who gave himself leadership by hand to decide where the playbook wants leadership is named", .sqliteFileOnly)
    func playbookDeciders() throws {
        let fixture = try StoreFixture(demo: false)
        try fixture.tamper(#"UPDATE person SET roles = '["lead","leadership"]' WHERE login = 'lee'"#)
        try Self.acting(fixture, as: "lee").decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "wait for vetting"))
        try fixture.tamper(#"UPDATE person SET roles = '["lead"]' WHERE login = 'lee'"#)

        let report = try fixture.database.verifyAudit()
        #expect(report.unauthorized == [.init(seq: try Self.seq(of: "decision", "insert", fixture), problem: "decide by lee, who held lead")])
    }

    @Test("the demo flag inserted by hand, used to act as someone else, then deleted, names the entry and both logins", .sqliteFileOnly)
    func demoFlagInsertedAndDeleted() throws {
        let fixture = try StoreFixture(demo: false)
        try fixture.tamper("INSERT INTO setting (key, value) VALUES ('demo', 'true')")
        try Ledger.open(fixture.database, actingAs: "lee", clock: fixture.admin.clock)
            .recordMeasurement(pilot: "AMB-FM", MeasurementInput(metricKey: "doc-time", value: 9, n: 10, day: StoreFixture.today))
        try fixture.tamper("DELETE FROM setting WHERE key = 'demo'")

        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems.isEmpty)
        #expect(report.unauthorized == [.init(
            seq: try Self.seq(of: "measurement", "insert", fixture),
            problem: "measurement insert by lee, from OS login \(Identity.osLogin()) on a database that is not a demo")])
    }

    @Test("every kind of Ledger write, by someone allowed to make it, verifies on a demo and on a shared file", arguments: [true, false])
    func everyAllowedWrite(demo: Bool) throws {
        let fixture = try StoreFixture(demo: demo)
        let lead = try fixture.as_("lee")
        try lead.addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        try lead.reviewActionPlan(pilot: "AMB-FM")
        try lead.recordMeasurements(pilot: "AMB-FM", [
            Numbered(line: 1, value: MeasurementInput(metricKey: "doc-time", value: 9, n: 10, day: StoreFixture.today)),
            Numbered(line: 2, value: MeasurementInput(metricKey: "doc-time", value: 8, n: 10, day: StoreFixture.today)),
        ])
        try fixture.as_("cam").logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .workflow, rawText: "fine"))
        let risk = try fixture.as_("doc").addRisk(
            pilot: "AMB-FM", title: "Drift", category: .safety, likelihood: 2, impact: 3, mitigation: "", owner: nil)
        try lead.updateRisk(id: risk.id!) { $0.likelihood = 3 }
        let (incident, paused) = try fixture.as_("cam").openIncident(
            pilot: "AMB-FM", severity: .critical, kind: .dataBreach, summary: "audio on a shared drive")
        #expect(paused)
        try fixture.as_("pri").updateIncident(id: incident.id!, status: .closed, stepsDone: [1], note: "contained")
        try fixture.as_("lia").resumePilot("AMB-FM", rationale: "breach ruled out")
        try fixture.as_("sec").signOff(pilot: "AMB-FM", verdict: .approve, note: "ok")
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "push", override: true))
        try lead.addScope(pilot: "AMB-FM", domain: "encounter-audio", access: .read)
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .rollback, rationale: "back"))
        try lead.changeToolModel(key: "SCRIBE", model: "scribe-2", version: "2.0")
        try fixture.as_("adv").reviewTool(key: "SCRIBE", verdict: .rejected, notes: "consent unclear")

        let report = try fixture.database.verifyAudit()
        #expect(report.unauthorized.isEmpty, "\(report.unauthorized.prefix(3))")
        #expect(report.isIntact)
    }

    @Test("a pilot update alone needs editPilot: a clinician may change a pilot only by the incident that pauses it", .sqliteFileOnly)
    func pilotUpdateOnlyBesideItsIncident() throws {
        let fixture = try StoreFixture(demo: false)
        try fixture.tamper(#"UPDATE person SET roles = '["clinician","lead"]' WHERE login = 'cam'"#)
        try Self.acting(fixture, as: "cam").reviewActionPlan(pilot: "AMB-FM")
        try fixture.tamper(#"UPDATE person SET roles = '["clinician"]' WHERE login = 'cam'"#)
        let reviewed = try Self.seq(of: "pilot", "update", fixture)
        try fixture.as_("cam").openIncident(pilot: "AMB-FM", severity: .high, kind: .unsafeOutput, summary: "wrong dose drafted")

        let report = try fixture.database.verifyAudit()
        #expect(report.unauthorized == [.init(seq: reviewed, problem: "pilot update by cam, who held clinician")])
    }

    /// Appends a well-formed entry the way the Ledger does, but with no permission checked.
    static func forge(_ fixture: StoreFixture, by login: String, _ body: (inout AuditedWrites) throws -> Void) throws {
        try fixture.database.engine.write(clock: .system, osLogin: login) { session, stamp in
            var writes = AuditedWrites(session: session, stamp: stamp, personLogin: login, permission: nil)
            try body(&writes)
        }
    }

    @Test("after the first admin, settings need a permission no role holds, and a login the log never added holds none", .sqliteFileOnly)
    func noAuthorityOutsideTheTable() throws {
        let fixture = try StoreFixture(demo: false)
        try Self.forge(fixture, by: "lee") { writes in
            var flag = SettingRow(key: Settings.demoKey, value: "true")
            try writes.insert(&flag)
        }
        try Self.forge(fixture, by: "mallory") { writes in
            var risk = Risk(pilotID: 1, title: "x", category: .privacy, likelihood: 1, impact: 1, mitigation: "", ownerLogin: "lee")
            try writes.insert(&risk)
        }
        let report = try fixture.database.verifyAudit()
        #expect(report.unauthorized.map(\.problem) == [
            "setting insert by lee, who held lead", "risk insert by mallory, who was no person in the log then",
        ])
    }

    @Test("the first transaction needs no role; its OS login must be its admin's unless it makes a demo", .sqliteFileOnly, arguments: [true, false])
    func bootstrap(demo: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try PilotDatabase(path: directory.appendingPathComponent("boot.sqlite").path, mode: .create)
        try Ledger.initialize(
            database, organizationDomains: ["riverbend.example"],
            admin: Person(login: "ada", name: "Ada", email: "ada@riverbend.example", department: "IT", roles: [.admin]),
            demo: demo, osLogin: "someone-else")
        let report = try database.verifyAudit()
        #expect(report.unauthorized.count == (demo ? 0 : Int(report.entries)))
        #expect(report.unauthorized.first?.problem == (demo ? nil : "setting insert by ada, from OS login someone-else on a database that is not a demo"))
    }
}
