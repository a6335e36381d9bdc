import Foundation
import PilotKit
import Testing
@testable import PilotStore

@Suite("Store: sign-off notes and hold review days")
struct GateInputTests {
    @Test("a dissent without a note is refused on the note, writing nothing; with one it is recorded")
    func dissentNeedsNote() throws {
        let fixture = try StoreFixture()
        let count = try fixture.auditCount()
        for note in ["", "  \n "] {
            #expect(throws: FieldError("note", "a dissent needs a note: say what would have to change for you to approve")) {
                try fixture.as_("sec").signOff(pilot: "AMB-FM", verdict: .dissent, note: note)
            }
        }
        #expect(try fixture.auditCount() == count)
        try fixture.as_("sec").signOff(pilot: "AMB-FM", verdict: .approve, note: "")
        let dissent = try fixture.as_("doc").signOff(pilot: "AMB-FM", verdict: .dissent, note: "want a second site")
        #expect(dissent.verdict == .dissent && dissent.note == "want a second site")
    }

    @Test("a hold keeps the review day given, and refuses one that is not after today")
    func holdReviewDay() throws {
        let fixture = try StoreFixture()
        let lia = try fixture.as_("lia")
        for day in [StoreFixture.today, StoreFixture.today.adding(days: -3)] {
            #expect(throws: FieldError("review-on", "\(day) is not after today (\(StoreFixture.today)); give a later day, YYYY-MM-DD")) {
                try lia.decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "more data", reviewOn: day))
            }
        }
        let review = StoreFixture.today.adding(days: 10)
        let (_, held) = try lia.decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "more data", reviewOn: review))
        #expect(held.nextReviewOn == review)
        #expect(try fixture.database.verifyAudit().isIntact)
    }
}
