import Testing
import TerminalKit

@Suite struct HeatmapTests {
    private let heatmap = Heatmap(risks: [(5, 5), (5, 5), (4, 2), (1, 1), (1, 1), (1, 1), (9, 1)])

    @Test func countsRisksPerCell() {
        #expect(render(heatmap, width: 24, height: 6).text == """
        L\\I  1   2   3   4   5
         5   ·   ·   ·   ·   2
         4   ·   1   ·   ·   ·
         3   ·   ·   ·   ·   ·
         2   ·   ·   ·   ·   ·
         1   3   ·   ·   ·   ·
        """)
    }

    @Test func cellsAreShadedByScore() {
        let canvas = render(heatmap, width: 24, height: 6, theme: .color)
        let high = canvas.mask(of: Theme.color.riskHigh).split(separator: "\n")
        let low = canvas.mask(of: Theme.color.riskLow).split(separator: "\n")
        #expect(high[1] == "........################")
        #expect(high[5] == "........................")
        #expect(low[5] == "....################....")
    }

    @Test func selectedCellIsBracketed() {
        var selected = heatmap
        selected.selected = (likelihood: 4, impact: 2)
        #expect(render(selected, width: 24, height: 6).lines()[2] == " 4   ·  [1]  ·   ·   ·")
    }
}
