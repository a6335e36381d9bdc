import Foundation
import PilotKit
import Testing

@Suite("Cohort caps")
struct CohortSeatTests {
    @Test("at intake, whose cap is 0, enrolment waits for validation, within validation's cap")
    func intakeEnrolsForValidation() throws {
        let playbook = try SamplePlaybook.decode()
        #expect(try CohortSeat.next(in: playbook, at: .intake, active: 0, enrolled: 4) == .pending(.validation))
        #expect(throws: FieldError(
            "login", "the validation stage's cohort cap is 5 and 5 are enrolled for it; the micro stage allows 50; widen the cohort through a gate decision"
        )) { try CohortSeat.next(in: playbook, at: .intake, active: 0, enrolled: 5) }
    }

    @Test("at a later stage, active participants fill its own cap; pending ones do not count")
    func laterStagesCountActiveParticipants() throws {
        let playbook = try SamplePlaybook.decode()
        #expect(try CohortSeat.next(in: playbook, at: .micro, active: 49, enrolled: 60) == .active)
        #expect(throws: FieldError(
            "login", "the micro stage's cohort cap is 50 and 50 are enrolled for it; the controlled stage allows 250; widen the cohort through a gate decision"
        )) { try CohortSeat.next(in: playbook, at: .micro, active: 50, enrolled: 50) }
    }

    @Test("the stage named is the first whose cap takes one more; none names the playbook")
    func namesTheStageThatAllowsMore() throws {
        let playbook = try SamplePlaybook.decode()
        #expect(throws: FieldError(
            "login", "the validation stage's cohort cap is 5 and 300 are enrolled for it; the expansion stage allows 1000; widen the cohort through a gate decision"
        )) { try CohortSeat.next(in: playbook, at: .validation, active: 300, enrolled: 300) }
        #expect(throws: FieldError("login", "the general stage's cohort cap is 5000 and 5000 are enrolled for it; the sample playbook allows no more at any stage")) {
            try CohortSeat.next(in: playbook, at: .general, active: 5000, enrolled: 5000)
        }
    }
}

@Suite("Enrolment")
struct EnrolmentTests {
    @Test("participants waiting for a go are counted by the stage they wait for")
    func enrolment() {
        #expect([Participant]().enrolment == "0 enrolled")
        #expect([Participant(login: "a", account: .organizationSSO)].enrolment == "1 enrolled")
        let waiting = [
            Participant(login: "a", account: .organizationSSO, pendingStage: .validation),
            Participant(login: "b", account: .personal, pendingStage: .validation), Participant(login: "c", account: .organizationSSO),
        ]
        #expect(waiting.enrolment == "3 enrolled, 2 pending validation")
    }
}
