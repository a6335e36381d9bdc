import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Feedback in the dashboard", .serialized)
struct FeedbackFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    /// Fills the feedback form of the selected pilot: category by cycling, text typed.
    func fill(_ state: inout AppState, category: FeedbackCategory, text: String) {
        fixture.press([.char("f")], on: &state)
        guard case .form(var session) = state.overlay else { Issue.record("no feedback form"); return }
        session.form.focus(id: .category)
        state.overlay = .form(session)
        let steps = FeedbackCategory.allCases.firstIndex(of: category)!
        fixture.press(Array(repeating: .right, count: steps), on: &state)
        guard case .form(var typed) = state.overlay else { Issue.record("the feedback form closed while choosing the category"); return }
        typed.form.focus(id: .text)
        state.overlay = .form(typed)
        fixture.press(text.map { .char($0) }, on: &state)
    }

    @Test("a safety concern is saved redacted, then offers an incident linked to it")
    func safetyConcernOffersIncident() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fill(&state, category: .safetyConcern, text: "Wrong dose for pt John Carter, MRN 4471234")
        fixture.press([.ctrl("s")], on: &state)
        guard case .form(let preview) = state.overlay, let redacted = preview.preview else { Issue.record("no preview"); return }
        #expect(redacted.contains("[MRN]") && !redacted.contains("4471234"))
        fixture.press([.enter], on: &state)
        guard case .confirm(let offer) = state.overlay, case .openIncident(_, let feedbackID) = offer.action else {
            Issue.record("no incident offer: \(String(describing: state.overlay))"); return
        }
        fixture.press([.char("y")], on: &state)
        guard case .form(let incident) = state.overlay, case .openIncident(_, let linked) = incident.kind else {
            Issue.record("no incident form"); return
        }
        #expect(linked == feedbackID)
        fixture.press([.escape], on: &state)
    }

    @Test("Ctrl-e hands a comment to $EDITOR and takes the edited text back")
    func externalEditor() throws {
        setenv("EDITOR", "sh -c 'printf \"written in the editor\\n\" > \"$0\"'", 1)
        defer { unsetenv("EDITOR") }
        var state = fixture.state(Size(width: 120, height: 40))
        fill(&state, category: .workflow, text: "draft")
        _ = state.handle(.ctrl("e"))
        let terminal = HeadlessTerminal(size: Size(width: 120, height: 40))
        guard let field = state.editorRequest else { Issue.record("Ctrl-e asked for no editor"); return }
        DeckApp.edit(field, in: &state, terminal: terminal)
        guard case .form(let session) = state.overlay else { Issue.record("form lost"); return }
        #expect(session.form[.text]?.value == "written in the editor")
        #expect(state.editorRequest == nil)
    }
}
