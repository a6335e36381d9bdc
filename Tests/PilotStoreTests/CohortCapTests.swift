import Foundation
import PilotKit
import Testing
@testable import PilotStore

@Suite("Store: cohort caps")
struct CohortCapTests {
    /// The participants of the fixture's pilot, by login, with the stage each still waits for.
    static func waiting(_ fixture: StoreFixture) throws -> [String: Stage?] {
        let id = try fixture.database.pilot("AMB-FM").id!
        return Dictionary(uniqueKeysWithValues: try fixture.database.participants(of: id).map { ($0.login, $0.pendingStage) })
    }

    @Test("at intake, participants wait for validation up to its cap; one more is refused and nothing changes")
    func intakeEnrolsPendingUpToTheNextCap() throws {
        let fixture = try StoreFixture()
        let lead = try fixture.as_("lee")
        for login in ["cam", "lee", "sec", "doc", "adv"] {
            try lead.addParticipant(pilot: "AMB-FM", login: login, account: .organizationSSO)
        }
        #expect(try Self.waiting(fixture).values.allSatisfy { $0 == .validation })
        let before = try fixture.auditCount()
        #expect(throws: FieldError(
            "login", "the validation stage's cohort cap is 5 and 5 are enrolled for it; the micro stage allows 50; widen the cohort through a gate decision"
        )) { try lead.addParticipant(pilot: "AMB-FM", login: "pri", account: .organizationSSO) }
        #expect(try fixture.auditCount() == before)
        #expect(try Self.waiting(fixture)["pri"] == nil)
        // Enrolling someone again changes their account, not their place.
        try lead.addParticipant(pilot: "AMB-FM", login: "cam", account: .personal)
        #expect(try Self.waiting(fixture)["cam"] == .validation)
    }

    @Test("the go into validation makes those waiting for it active, and the audit log verifies")
    func goActivatesPendingParticipants() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "not yet"))
        #expect(try Self.waiting(fixture)["cam"] == .validation)
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "push", override: true))
        #expect(try Self.waiting(fixture)["cam"] == .some(nil))
        // At validation they count against its own cap of 5.
        for login in ["lee", "sec", "doc", "adv"] {
            try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: login, account: .organizationSSO)
        }
        #expect(throws: FieldError.self) { try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "pri", account: .organizationSSO) }
        let report = try fixture.database.verifyAudit()
        #expect(report.unauthorized.isEmpty, "\(report.unauthorized.prefix(3))")
        #expect(report.isIntact)
    }
}
