import PilotKit
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Portfolio columns")
struct PortfolioColumnsTests {
    static func name(_ state: AppState, width: Int) -> Int {
        let columns = PortfolioView.columns(width: width, fit: PortfolioView.Fit(state)).table
        let sizes = Length.resolve(columns.map(\.width), in: width, spacing: 1)
        return sizes[columns.firstIndex { $0.title == "NAME" }!]
    }

    /// Key, status and exposure widths.
    static func widths(_ state: AppState) -> [Int] {
        let fit = PortfolioView.Fit(state)
        return [fit.key, fit.status, fit.exposure]
    }

    @Test("key, status and exposure fit their widest cell over every pilot; the name takes what they leave")
    func nameTakesTheSpareWidth() {
        var state = Sample.state()
        #expect(Self.widths(state) == [6, 6, 8])
        let roomy = Self.name(state, width: 120)
        state.pilots[1].status = .rolledBack
        state.pilots[0].key = "CHAT-STAFF"
        #expect(Self.widths(state) == [10, 11, 8])
        #expect(Self.name(state, width: 120) == roomy - 9)
        #expect(Self.name(state, width: 120) >= 14)
    }

    @Test("a filter leaves the columns where they were")
    func filterKeepsTheColumns() {
        var state = Sample.state()
        let before = PortfolioView.Fit(state)
        state.filters[state.filterScope] = "AMB-ED"
        #expect(state.visiblePilots.count == 1)
        #expect(PortfolioView.Fit(state) == before)
    }
}
