import Testing
import TerminalKit

@Suite struct ListViewportTests {
    @Test func startsAtTheTopAndClampsTheSelection() {
        #expect(ListViewport(count: 3, selected: 7).selected == 2)
        #expect(ListViewport(count: 3, selected: -1).selected == 0)
        #expect(ListViewport().selection == nil)
        #expect(ListViewport(count: 1).selection == 0)
    }

    @Test func scrollsOnlyWhenTheSelectionLeavesTheView() {
        var viewport = ListViewport(count: 10)
        viewport.move(by: 2, visibleRows: 3)
        #expect(viewport.offset == 0)
        viewport.move(by: 1, visibleRows: 3)
        #expect(viewport.selected == 3)
        #expect(viewport.offset == 1)
        viewport.move(by: -1, visibleRows: 3)
        #expect(viewport.offset == 1)
        viewport.move(by: -2, visibleRows: 3)
        #expect(viewport.offset == 0)
    }

    @Test func pagesAndEnds() {
        var viewport = ListViewport(count: 10)
        viewport.move(by: 4, visibleRows: 4)
        #expect(viewport.visibleRange(visibleRows: 4) == 1..<5)
        viewport.selectLast(visibleRows: 4)
        #expect(viewport.selected == 9)
        #expect(viewport.visibleRange(visibleRows: 4) == 6..<10)
        viewport.move(by: 100, visibleRows: 4)
        #expect(viewport.selected == 9)
        viewport.selectFirst(visibleRows: 4)
        #expect(viewport.visibleRange(visibleRows: 4) == 0..<4)
    }

    @Test func shrinkingTheListKeepsTheSelectionInside() {
        var viewport = ListViewport(count: 10)
        viewport.selectLast(visibleRows: 3)
        viewport.setCount(4, visibleRows: 3)
        #expect(viewport.selected == 3)
        #expect(viewport.offset == 1)
        viewport.setCount(0, visibleRows: 3)
        #expect(viewport.selection == nil)
        #expect(viewport.visibleRange(visibleRows: 3) == 0..<0)
    }

    @Test func growingTheViewDoesNotScrollPastTheEnd() {
        #expect(ListViewport.offset(keeping: nil, from: 8, visibleRows: 5, count: 10) == 5)
        #expect(ListViewport.offset(keeping: 2, from: 8, visibleRows: 5, count: 10) == 2)
        #expect(ListViewport.offset(keeping: 4, from: 0, visibleRows: 0, count: 10) == 0)
    }
}
