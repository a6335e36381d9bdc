import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Withdrawing feedback in the dashboard", .serialized)
struct WithdrawFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    /// The dashboard as the author of the pilot's newest feedback, on that pilot's Feedback tab.
    func asAuthor(of pilot: String) throws -> (DeckRuntime, AppState, Feedback) {
        let newest = try #require(try fixture.database.feedback(of: try fixture.database.pilot(pilot).id!, limit: 1).first)
        let author = try fixture.database.person(newest.authorLogin)
        let noon = DemoFixture.today.date.addingTimeInterval(12 * 3600)
        let runtime = DeckRuntime(
            database: fixture.database, ledger: Ledger(database: fixture.database, actor: author, osLogin: "admin", clock: .fixed(noon)),
            clock: { noon })
        var state = runtime.start(
            session: Session(user: author, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true),
            size: Size(width: 120, height: 40), playbookKeys: fixture.playbookKeys)
        runtime.run(state.navigate(to: .pilot(pilot)), on: &state)
        state.tab = .feedback
        return (runtime, state, newest)
    }

    @Test("w on your own entry asks, then withdraws it: gone from the tab, its figures and its audit entries' text")
    func withdrawOwn() throws {
        var (runtime, state, entry) = try asAuthor(of: "AMB-FM")
        let id = try #require(entry.id)
        let before = try #require(state.detail).feedbackTallies.total
        #expect(state.selectedFeedback?.id == id)
        #expect(state.keymap.bindings.contains { $0.action == .withdrawFeedback }, "w is offered on one's own entry")
        runtime.run(state.handle(.char("w")), on: &state)
        guard case .confirm(let question) = state.overlay, question.action == .withdrawFeedback(id: id) else {
            Issue.record("no question: \(String(describing: state.overlay))"); return
        }
        runtime.run(state.handle(.char("y")), on: &state)
        #expect(state.message?.hasPrefix("withdrew feedback #\(id)") == true, "\(String(describing: state.message))")
        let detail = try #require(state.detail)
        #expect(!detail.feedback.contains { $0.id == id })
        #expect(detail.feedbackTallies.total == before - 1 && detail.feedbackCount == before - 1)
        let entries = detail.audit.filter { $0.entity == "feedback" && $0.entityID == String(id) }
        #expect(entries.count == 2)
        for shown in entries {
            #expect(!(shown.before ?? "").contains(entry.text) && !(shown.after ?? "").contains(entry.text))
        }
        #expect(entries.contains { ($0.after ?? "").contains(WithdrawnText.placeholder) })
        // The log itself is untouched, and verifies.
        #expect(try fixture.database.auditEntries(pilotID: entry.pilotID, limit: 500).contains { ($0.after ?? "").contains(entry.text) })
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("w on someone else's entry is refused with the reason, and not offered")
    func othersRefused() throws {
        var (runtime, state, entry) = try asAuthor(of: "AMB-FM")
        let detail = try #require(state.detail)
        let other = try #require(detail.feedback.firstIndex { $0.authorLogin != entry.authorLogin })
        state.tabCursors[.feedback] = ListCursor(selection: other, count: detail.feedback.count)
        #expect(!state.keymap.bindings.contains { $0.action == .withdrawFeedback })
        runtime.run(state.handle(.char("w")), on: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "w: feedback #\(detail.feedback[other].id!) was logged by \(detail.feedback[other].authorLogin); only its author may withdraw it")
    }
}
