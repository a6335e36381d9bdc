import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Gate decisions in the dashboard", .serialized)
struct DecisionFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    /// Opens `key`'s checklist and, from it, the decision form.
    func decisionForm(_ key: String, _ state: inout AppState) throws -> FormSession {
        fixture.press([.char(":")] + "pilot \(key)".map { .char($0) } + [.enter, .char("c"), .char("d")], on: &state)
        let session = try #require(state.openForm, "no decision form: \(String(describing: state.message))")
        guard case .decide(let pilot) = session.kind, pilot == key else { throw Failure("not \(key)'s decision form") }
        return session
    }

    struct Failure: Error { let description: String; init(_ description: String) { self.description = description } }

    @Test("a go from the checklist needs a rationale, then moves the ready pilot on and records the decision")
    func go() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let ready = try #require(state.pilots.first { $0.key == "DSUM-HM" })
        let session = try decisionForm(ready.key, &state)
        #expect(session.form[.decision]?.value == "go")
        let decisions = try fixture.database.decisions(of: ready.id!).count
        fixture.press([.ctrl("s")], on: &state)
        #expect(state.openForm?.form[.rationale]?.error != nil, "an empty rationale was accepted")
        #expect(try fixture.database.decisions(of: ready.id!).count == decisions)

        #expect(state.openForm?.form.focus == 1, "the refusal puts the cursor on the rationale")
        fixture.press("Every interval met".map { .char($0) } + [.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        let recorded = try #require(try fixture.database.decisions(of: ready.id!).last)
        #expect(recorded.kind == .go && recorded.rationale == "Every interval met" && recorded.fromStage == ready.stage)
        #expect(try fixture.database.pilot(ready.key).stage == ready.stage.next)
    }

    @Test("review-continue chosen in the form records the review of the pilot in general use, and its review is no longer overdue")
    func review() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let overdue = try #require(state.pilots.first { $0.stage == .general && $0.status != .retired })
        let session = try decisionForm(overdue.key, &state)
        #expect(session.form[.decision]?.value == "go")
        fixture.press(Array(repeating: .right, count: DecisionKind.allCases.count), on: &state)
        #expect(state.openForm?.form[.decision]?.value == DecisionKind.reviewContinue.rawValue)
        fixture.press([.tab] + "Accuracy holds; weekly use up".map { .char($0) } + [.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        let recorded = try #require(try fixture.database.decisions(of: overdue.id!).last)
        #expect(recorded.kind == .reviewContinue && recorded.fromStage == .general && recorded.toStage == .general)
        let review = try #require(state.detail?.readiness.criteria.first { $0.name == "review" })
        #expect(review.status == .met, "\(review.detail)")
    }

    @Test("a go at an unready gate is refused in the dashboard's words: the form's Override switch, never a command-line flag")
    func unreadyGo() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        for pilot in state.pilots where pilot.status == .active && pilot.stage != .general {
            _ = try decisionForm(pilot.key, &state)
            guard let readiness = state.detail?.readiness, !readiness.ready, !readiness.blocked else {
                fixture.press([.escape, .char("y")], on: &state)
                continue
            }
            let decisions = try fixture.database.decisions(of: pilot.id!).count
            fixture.press([.tab] + "Ship it".map { .char($0) } + [.ctrl("s")], on: &state)
            let refusal = try #require(state.openForm?.error, "\(pilot.key)'s unready go was not refused")
            #expect(refusal.hasPrefix("gate \(readiness.from.rawValue) -> "), "\(refusal)")
            #expect(refusal.hasSuffix("leadership may pass it with the form's Override switch and a rationale"), "\(refusal)")
            #expect(!refusal.contains("--"), "a flag named in the dashboard: \(refusal)")
            #expect(try fixture.database.decisions(of: pilot.id!).count == decisions)
            return
        }
        Issue.record("the demo has no active pilot at an unready, unblocked gate")
    }
}
