import Testing
import TerminalKit

@Suite struct BarChartTests {
    @Test func barsScaleToTheLargestValue() {
        let chart = BarChart([.init("A", value: 10), .init("BB", value: 5), .init("C", value: 2.5)])
        #expect(render(chart, width: 20, height: 3).text == """
        A  █████████████  10
        BB ██████▌         5
        C  ███▎          2.5
        """)
    }

    @Test func targetAndBaselineMarkers() {
        let chart = BarChart([.init("A", value: 10), .init("BB", value: 5)], target: 5, baseline: 2)
        #expect(render(chart, width: 20, height: 2).text == """
        A  ███┊███┃██████ 10
        BB ███┊███┃        5
        """)
    }

    @Test func valueTextAndMaximum() {
        let chart = BarChart([.init("site", value: 30, valueText: "30%")], maxValue: 100)
        #expect(render(chart, width: 19, height: 1).text == "site ███        30%")
    }

    @Test func barStyle() {
        let chart = BarChart([.init("A", value: 1, style: Theme.color.bad)])
        let canvas = render(chart, width: 8, height: 1, theme: .color)
        #expect(canvas.mask(of: Theme.color.bad) == "..####..")
    }
}
