import Testing
import TerminalKit

@Suite struct ListViewportTests {
    @Test func scrollsOnlyWhenTheSelectionLeavesTheView() {
        #expect(ListViewport.offset(keeping: 2, from: 0, visibleRows: 3, count: 10) == 0)
        #expect(ListViewport.offset(keeping: 3, from: 0, visibleRows: 3, count: 10) == 1)
        #expect(ListViewport.offset(keeping: 2, from: 1, visibleRows: 3, count: 10) == 1)
        #expect(ListViewport.offset(keeping: 0, from: 1, visibleRows: 3, count: 10) == 0)
        #expect(ListViewport.offset(keeping: 9, from: 0, visibleRows: 4, count: 10) == 6)
    }

    @Test func growingTheViewDoesNotScrollPastTheEnd() {
        #expect(ListViewport.offset(keeping: nil, from: 8, visibleRows: 5, count: 10) == 5)
        #expect(ListViewport.offset(keeping: 2, from: 8, visibleRows: 5, count: 10) == 2)
        #expect(ListViewport.offset(keeping: 4, from: 0, visibleRows: 0, count: 10) == 0)
        #expect(ListViewport.offset(keeping: nil, from: 3, visibleRows: 3, count: 0) == 0)
    }
}
