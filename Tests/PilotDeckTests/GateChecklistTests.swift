import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

/// Issue #13 item 4: why a pilot is not ready, one keystroke away.
@Suite("Gate checklist", .serialized)
struct GateChecklistTests {
    /// Its own demo: the golden suite uses the shared one's runtime.
    static let demo = try! DemoFixture()

    static let readiness = GateReadiness(
        pilot: "AMB-FM", from: .micro, to: .controlled,
        criteria: [
            GateCriterion(name: "tool vetting", status: .met, detail: "SCRIBE is approved"),
            GateCriterion(name: "sign-offs", status: .unmet, detail: "missing privacy"),
            GateCriterion(name: "metric doc-time", status: .insufficient, detail: "no measurements recorded"),
        ],
        blocked: false)

    @Test("the gate names the first unmet criterion and how many more; a narrow cell counts them")
    func gateWords() {
        #expect(Format.gate(Self.readiness, naming: true) == "sign-offs +1")
        #expect(Format.gate(Self.readiness, naming: false) == "2 unmet")
        #expect(Format.nextGate(Self.readiness)
            == "to controlled: 1 of 3 met; first unmet: sign-offs — missing privacy (and 1 more); c opens the checklist")
        #expect(Format.gate(Self.readiness, naming: true, width: 10) == "sign-o… +1")
        var one = Self.readiness
        one.criteria.removeLast()
        #expect(Format.gate(one, naming: true) == "sign-offs")
        one.criteria.removeLast()
        #expect(Format.gate(one, naming: true) == "ready")
        #expect(Format.nextGate(one) == "to controlled: ready; c opens the checklist")
    }

    @Test("the portfolio's gate column names each pilot's first unmet criterion", arguments: [80, 120])
    func portfolioColumn(width: Int) throws {
        let state = Self.demo.state(Size(width: width, height: 30))
        let screen = DeckView.render(state, theme: .mono).lines()
        var named = 0
        for pilot in state.visiblePilots {
            let readiness = try #require(state.insights[pilot.id!]?.readiness)
            let row = try #require(screen.first { $0.hasPrefix(pilot.key + " ") }, "\(pilot.key) not on screen")
            let cell = Format.gate(readiness, naming: true, width: 14)
            #expect(row.contains(cell), "\(pilot.key): \(row)")
            if let first = readiness.unmet.first, readiness.to != nil, cell.hasPrefix(first.name) { named += 1 }
        }
        #expect(named >= 3, "too few pilots with an unmet criterion to show the column")
    }

    @Test("c on the portfolio opens the selected pilot's checklist")
    func fromPortfolio() {
        var state = Sample.state()
        _ = state.handle(.char("j"))
        let effects = state.handle(.char("c"))
        #expect(state.route == .pilot("AMB-FM") && state.tab == .decisions)
        guard case .load(.pilot("AMB-FM")) = effects.first else { Issue.record("no load: \(effects)"); return }
    }

    @Test("the Overview names the first unmet criterion, and c turns to the checklist")
    func fromOverview() throws {
        var state = Self.demo.state(Size(width: 120, height: 40))
        let pilot = try #require(state.visiblePilots.first { state.insights[$0.id!].map { !$0.readiness.ready && $0.readiness.to != nil } ?? false })
        let first = try #require(state.insights[pilot.id!]?.readiness.unmet.first)
        state.portfolioCursor.moveTo(state.visiblePilots.firstIndex { $0.key == pilot.key }!)
        Self.demo.press([.enter], on: &state)
        #expect(state.tab == .overview)
        #expect(DeckView.render(state, theme: .mono).text.contains("first unmet: \(first.name)"))
        Self.demo.press([.char("c")], on: &state)
        #expect(state.route == .pilot(pilot.key) && state.tab == .decisions)
        #expect(DeckView.render(state, theme: .mono).text.contains(first.name))
    }

    @Test("Enter or c on a gate in the oversight queue opens its checklist; a tool goes to the tools")
    func fromOversight() {
        var state = Sample.state()
        _ = state.handle(.char("4"))
        state.oversight = [
            OversightItem(kind: .vetTool, subject: "SCRIBE Scribe", detail: "Acme", target: "SCRIBE"),
            OversightItem(kind: .signGate, subject: "AMB-FM → expansion", detail: "missing privacy", target: "AMB-FM"),
        ]
        state.oversightCursor.count = 2
        _ = state.handle(.char("c"))
        #expect(state.route == .oversight && state.message == "c: select a pilot, or a gate in the oversight queue")
        _ = state.handle(.char("j"))
        _ = state.handle(.enter)
        #expect(state.route == .pilot("AMB-FM") && state.tab == .decisions)
        _ = state.handle(.escape)
        _ = state.handle(.char("c"))
        #expect(state.route == .pilot("AMB-FM") && state.tab == .decisions)
        _ = state.handle(.escape)
        _ = state.handle(.char("k"))
        _ = state.handle(.enter)
        #expect(state.route == .tools)
    }
}
