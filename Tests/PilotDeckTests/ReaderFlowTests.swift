import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

/// Whatever a list or a form cuts off can be read whole: readers on Enter, the Overview scrolling,
/// refusals wrapped under the form.
@Suite("Reading whole texts in the dashboard", .serialized)
struct ReaderFlowTests {
    let fixture = DemoFixture.shared

    func open(_ key: String, tab: PilotTab, as person: Person? = nil, size: Size = Size(width: 120, height: 40)) -> AppState {
        let session = person.map { Session(user: $0, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true) } ?? fixture.session
        var state = fixture.runtime.start(session: session, size: size, playbookKeys: fixture.playbookKeys)
        fixture.press([.char(":")] + "pilot \(key)".map { .char($0) } + [.enter], on: &state)
        state.tab = tab
        return state
    }

    /// The first demo pilot whose id satisfies `holds`.
    func pilot(where holds: (Int64) throws -> Bool) throws -> Pilot {
        try #require(try fixture.database.pilots().first { pilot in try pilot.id.map(holds) ?? false })
    }

    func readerText(_ state: AppState) -> String? {
        guard case .reader(let panel) = state.overlay else { return nil }
        return panel.title + "\n" + panel.text
    }

    @Test("a clinician pressing Enter on a risk reads it whole instead of being refused")
    func clinicianReadsRisk() throws {
        let clinician = try #require(try fixture.database.people().first { $0.roles == [.clinician] })
        let pilot = try pilot { try !fixture.database.risks(of: $0).isEmpty }
        var state = open(pilot.key, tab: .risks, as: clinician)
        let risk = try #require(state.detail?.risks.first)
        fixture.press([.enter], on: &state)
        let text = try #require(readerText(state), "no reader; message: \(state.message ?? "none")")
        #expect(text.contains(risk.title) && text.contains(risk.mitigation), "\(text)")
        #expect(state.message == nil)
        fixture.press([.escape], on: &state)
        #expect(state.overlay == nil)
    }

    @Test("a lead pressing Enter on a risk still edits it")
    func leadEditsRisk() throws {
        let pilot = try pilot { try !fixture.database.risks(of: $0).isEmpty }
        var state = open(pilot.key, tab: .risks)
        fixture.press([.enter], on: &state)
        guard case .form(let session) = state.overlay, case .editRisk = session.kind else {
            Issue.record("no risk form: \(String(describing: state.overlay))")
            return
        }
    }

    @Test("Enter on a gate criterion and on a decision shows the whole text")
    func criterionAndDecision() throws {
        let pilot = try pilot { try !fixture.database.decisions(of: $0).isEmpty }
        var state = open(pilot.key, tab: .decisions)
        let detail = try #require(state.detail)
        let criterion = try #require(detail.readiness.criteria.first)
        fixture.press([.enter], on: &state)
        #expect(readerText(state)?.contains(criterion.detail) == true)
        fixture.press([.escape], on: &state)
        let newest = try #require(detail.decisions.last)
        state.tabCursors[.decisions] = ListCursor(selection: detail.readiness.criteria.count, count: state.currentCount)
        fixture.press([.enter], on: &state)
        #expect(readerText(state)?.contains(newest.rationale) == true, "\(readerText(state) ?? "no reader")")
    }

    @Test("at 80x24 the Overview scrolls until the last step of the action plan shows")
    func overviewScrolls() throws {
        let pilot = try #require(try fixture.database.pilots().first)
        var state = open(pilot.key, tab: .overview, size: Size(width: 80, height: 24))
        let last = try #require(state.detail?.playbook.actionPlan.last?.title)
        let words = last.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(!DeckView.render(state, theme: .mono).text.contains(words), "the plan fits: the test needs a longer Overview")
        fixture.press([.char("G")], on: &state)
        #expect(DeckView.render(state, theme: .mono).text.contains(words))
        fixture.press([.char("g")], on: &state)
        #expect(DeckView.render(state, theme: .mono).text.contains("Name"))
    }

    @Test("a long refusal wraps under the form instead of being cut at its edge")
    func refusalWraps() throws {
        var state = open(try #require(try fixture.database.pilots().first).key, tab: .decisions, size: Size(width: 80, height: 24))
        var session = FormSession(kind: .decide(pilot: state.detail!.pilot.key), state: state)
        let ending = "the last criterion named here"
        session.error = "the gate is not ready: " + Array(repeating: "an unmet criterion explained at length", count: 3).joined(separator: "; ") + " and " + ending
        state.overlay = .form(session)
        let text = DeckView.render(state, theme: .mono).text
        #expect(text.contains(ending), "the refusal's end is cut off")
    }
}
