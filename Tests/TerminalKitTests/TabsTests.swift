import Testing
import TerminalKit

@Suite struct TabsTests {
    private let tabs = Tabs(["Overview", "Metrics", "Risks"], selected: 1)

    @Test func rendersTitlesWithDividers() {
        let canvas = render(tabs, width: 40, height: 1)
        #expect(canvas.text == " Overview │ Metrics │ Risks")
        #expect(canvas.mask(of: Theme.mono.selected) == "...........#########" + String(repeating: ".", count: 20))
    }

    @Test func dropsLeadingTabsToShowTheSelectedOne() {
        let last = Tabs(["Overview", "Metrics", "Risks"], selected: 2)
        #expect(render(last, width: 20, height: 1).text == " Metrics │ Risks")
        #expect(render(tabs, width: 20, height: 1).text == " Overview │ Metrics")
    }

    @Test func hitTesting() {
        let area = Rect(x: 0, y: 0, width: 40, height: 1)
        #expect(tabs.index(at: Point(x: 0, y: 0), in: area) == 0)
        #expect(tabs.index(at: Point(x: 12, y: 0), in: area) == 1)
        #expect(tabs.index(at: Point(x: 10, y: 0), in: area) == nil)
        #expect(tabs.index(at: Point(x: 30, y: 0), in: area) == nil)
        #expect(tabs.index(at: Point(x: 12, y: 1), in: area) == nil)
    }
}
