import Foundation
import PilotKit
import Testing
import TerminalKit
@testable import PilotDeck

/// Issue #13 item 9: the screens say what their shorthand means.
@Suite("Words on screen", .serialized)
struct WordsTests {
    /// Its own demo: the golden suite uses the shared one's runtime.
    static let demo = try! DemoFixture()

    @Test("the portfolio says what EXPOSURE counts and what a status's * means, where they show", arguments: [80, 120])
    func legend(width: Int) {
        var state = Sample.state(size: Size(width: width, height: 24))
        var screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("EXPOSURE: data domains in scope by sensitivity (Restricted High Moderate Low)"))
        #expect(!screen.contains("active*") && !screen.contains("needs revalidation"))
        state.pilots[1].needsRevalidation = true
        screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("active*"))
        #expect(screen.contains("*: tool model changed, needs revalidation"))
    }

    @Test("below 80 columns the legend drops EXPOSURE with its column and counts unmet criteria")
    func narrowLegend() {
        let screen = DeckView.render(Sample.state(size: Size(width: 60, height: 20)), theme: .mono).text
        #expect(!screen.contains("EXPOSURE"))
        #expect(screen.contains("GATE: criteria unmet; c: checklist"))
    }

    @Test("the rows end above the legend: the last row selected stays on screen")
    func rowsAboveLegend() {
        var state = Sample.state(size: Size(width: 80, height: 24))
        state.pilots = (1...60).map { Sample.pilot(Int64($0), String(format: "P-%02d", $0), .micro) }
        state.portfolioCursor.count = 60
        _ = state.handle(.char("G"))
        let lines = DeckView.render(state, theme: .mono).lines()
        let legend = PortfolioView.legend(state, width: 80)
        #expect(lines.contains { $0.hasPrefix("P-60 ") })
        #expect(lines[lines.count - 2 - legend.count].hasPrefix("P-60 "), "\(lines.joined(separator: "\n"))")
    }

    @Test("a decision that kept the stage reads 'hold at micro', not 'micro → micro', in its row and read whole")
    func holdWording() throws {
        #expect(DecisionKind.hold.stageChange(from: .expansion, to: .expansion) == "hold at expansion")
        #expect(DecisionKind.go.stageChange(from: .micro, to: .controlled) == "micro → controlled")
        #expect(DecisionKind.hold.stageChange(from: .micro, to: .micro, names: \.title, arrow: " to ") == "hold at micro-pilot")
        var state = Self.demo.state(Size(width: 160, height: 40))
        Self.demo.press([.char(":")] + "pilot RAD-CT".map { .char($0) } + [.enter, .char("c")], on: &state)
        var screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("hold at micro by"))
        #expect(!screen.contains("micro → micro"))
        let detail = try #require(state.detail)
        let hold = try #require(Array(detail.decisions.reversed()).firstIndex { $0.kind == .hold })
        Self.demo.press([.char("g")] + Array(repeating: .char("j"), count: detail.readiness.criteria.count + hold) + [.enter], on: &state)
        screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("— hold") && screen.contains("hold at micro, pilot left active"), "\(screen)")
    }
}
