import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Sign-off in the dashboard", .serialized)
struct SignOffFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    @Test("the form shows the unmet criteria and the open high incident first; the verdict is chosen, a dissent explained")
    func eyesOpen() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let paused = try #require(state.pilots.first { $0.status == .paused })
        fixture.press([.char(":")] + "pilot \(paused.key)".map { .char($0) } + [.enter, .char("o")], on: &state)
        let session = try #require(state.openForm, "no sign-off form")
        guard case .signOff = session.kind else { Issue.record("not the sign-off form"); return }
        #expect(session.form[.verdict]?.value == "", "no verdict until the reviewer picks one")

        let detail = try #require(state.detail)
        let screen = DeckView.render(state, theme: .mono).text
        let blocking = try #require(detail.incidents.first { $0.severity.pausesPilot && !$0.status.isResolved })
        #expect(screen.contains("Gate \(detail.readiness.from.rawValue) → "))
        #expect(screen.contains("! incident #\(blocking.id!) \(blocking.severity.rawValue)"), "\(screen)")
        let unmet = detail.readiness.unmet
        #expect(!unmet.isEmpty)
        for criterion in unmet.prefix(FormBriefing.criteriaShown) { #expect(screen.contains("✘ \(criterion.name) — "), "\(criterion.name)") }
        #expect(screen.contains("◂ choose ▸"))

        let signOffs = try fixture.database.signOffs(of: detail.pilot.id!).count
        fixture.press([.ctrl("s")], on: &state)
        #expect(state.openForm?.form[.verdict]?.error == "choose one: approve or dissent (←/→)")
        fixture.press([.right, .right, .right], on: &state)
        #expect(state.openForm?.form[.verdict]?.value == "dissent", "→ stops at the last option")
        fixture.press([.ctrl("s")], on: &state)
        #expect(state.openForm?.form[.note]?.error == "a dissent needs a note: say what would have to change for you to approve")
        #expect(try fixture.database.signOffs(of: detail.pilot.id!).count == signOffs)

        fixture.press([.tab] + "close the incident first".map { .char($0) } + [.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        let recorded = try #require(try fixture.database.signOffs(of: detail.pilot.id!).last)
        #expect(recorded.verdict == .dissent && recorded.note == "close the incident first")
    }

    @Test("signing from the oversight queue reads the gate's evidence for the briefing")
    func fromTheQueue() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fixture.press([.char("4")], on: &state)
        let item = try #require(state.visibleOversight.firstIndex { $0.kind == .signGate })
        state.oversightCursor = ListCursor(selection: item, count: state.visibleOversight.count)
        fixture.press([.char("o")], on: &state)
        let session = try #require(state.openForm)
        #expect(session.kind == .signOff(pilot: state.visibleOversight[item].target))
        #expect(state.route == .oversight)
        #expect(state.detail?.pilot.key == state.visibleOversight[item].target)
        let screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("Gate ") && !screen.contains("Reading the gate's evidence"), "\(screen)")
    }
}
