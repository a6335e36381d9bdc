import Foundation
import PilotKit
import Testing
@testable import PilotStore

@Suite("Ledger policies")
struct LedgerPolicyTests {
    @Test("a personal or foreign e-mail is refused and the audit log gains nothing", arguments: [
        "kim@gmail.com", "kim@proton.me", "kim@gmx.de", "kim@other-hospital.example", "not-an-address",
    ])
    func personalEmailRefused(email: String) throws {
        let fixture = try StoreFixture()
        let before = try fixture.auditCount()
        #expect(throws: FieldError.self) {
            try fixture.admin.addPerson(
                Person(login: "kim", name: "Kim", email: email, department: "ED", roles: [.clinician]))
        }
        #expect(try fixture.auditCount() == before)
        #expect(throws: StoreError.self) { try fixture.database.person("kim") }
    }

    @Test("an organization subdomain address is accepted and audited")
    func subdomainAccepted() throws {
        let fixture = try StoreFixture()
        let before = try fixture.auditCount()
        try fixture.admin.addPerson(
            Person(login: "kim", name: "Kim", email: "kim@ed.riverbend.example", department: "ED", roles: [.clinician]))
        #expect(try fixture.auditCount() == before + 1)
    }

    @Test("roles are enforced on every mutation and the refusal names who may")
    func rolesEnforced() throws {
        let fixture = try StoreFixture()
        let clinician = try fixture.as_("cam")
        let before = try fixture.auditCount()
        let denied = #expect(throws: AccessDenied.self) {
            try clinician.addTool(
                Tool(key: "X1", name: "X", vendor: "V", model: "m", version: "1", hosting: .onPremises, baaSigned: false,
                     noTrainingClause: false, retentionDays: 0))
        }
        #expect(denied?.description.contains("only admin or lead may add or change tools") == true)
        #expect(throws: AccessDenied.self) { try clinician.recordMeasurement(pilot: "AMB-FM", MeasurementInput(metricKey: "x", value: 1, n: 10, day: StoreFixture.today)) }
        #expect(throws: AccessDenied.self) { try clinician.signOff(pilot: "AMB-FM", verdict: .approve, note: "") }
        #expect(throws: AccessDenied.self) { try fixture.as_("lee").addPerson(Person(login: "zed", name: "Z", email: "zed@riverbend.example", department: "X", roles: [.lead])) }
        #expect(try fixture.auditCount() == before)
    }

    @Test("a clinician logs feedback only on pilots they take part in")
    func feedbackNeedsParticipation() throws {
        let fixture = try StoreFixture()
        let clinician = try fixture.as_("cam")
        #expect(throws: NotParticipant(login: "cam", pilot: "AMB-FM")) {
            try clinician.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .accuracy, rawText: "fine"))
        }
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let (stored, _) = try clinician.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .accuracy, rawText: "fine"))
        #expect(stored.authorLogin == "cam")
    }

    @Test("--as is refused on a database that is not a demo")
    func actingAsRefused() throws {
        let fixture = try StoreFixture(demo: false)
        #expect(throws: StoreError.actingAsOthersRefused) { try Ledger.open(fixture.database, actingAs: "lee") }
    }

    @Test("scope widens only within the current stage's allowance")
    func scopeRules() throws {
        let fixture = try StoreFixture()
        let lead = try fixture.as_("lee")
        let refusal = #expect(throws: FieldError.self) {
            try lead.addScope(pilot: "AMB-FM", domain: "encounter-audio", access: .read)
        }
        #expect(refusal?.description.contains("gate decision") == true)
        #expect(try fixture.database.scope(of: 1).isEmpty)
    }

    @Test("a batch import is all or nothing and names the bad line")
    func batchAllOrNothing() throws {
        let fixture = try StoreFixture()
        let lead = try fixture.as_("lee")
        let metric = StoreFixture.playbook("ambient-scribe").metrics[0].key
        let before = try fixture.auditCount()
        let error = #expect(throws: LineError.self) {
            try lead.recordMeasurements(pilot: "AMB-FM", [
                Numbered(line: 2, value: MeasurementInput(metricKey: metric, value: 10, n: 12, day: StoreFixture.today)),
                Numbered(line: 3, value: MeasurementInput(metricKey: metric, value: 11, n: 0, day: StoreFixture.today)),
            ])
        }
        #expect(error?.line == 3)
        #expect(error?.description.contains("n:") == true)
        #expect(try fixture.database.measurements(of: 1).isEmpty)
        #expect(try fixture.auditCount() == before)
    }

    @Test("feedback is stored redacted, and the raw identifiers reach neither the row nor the audit log")
    func feedbackRedacted() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let raw = "Draft put SSN 123-45-6789 and phone (555) 201-3344 into the note for patient Maria Delgado"
        let (stored, redaction) = try fixture.as_("cam").logFeedback(
            pilot: "AMB-FM", FeedbackInput(rating: 2, category: .privacyConcern, rawText: raw))
        #expect(!stored.text.contains("123-45-6789"))
        #expect(!stored.text.contains("201-3344"))
        #expect(redaction.kinds.contains(.ssn))
        let audit = try fixture.database.auditEntries(limit: 5).compactMap(\.after).joined()
        #expect(!audit.contains("123-45-6789"))
        #expect(!audit.contains("Delgado"))
    }
}
