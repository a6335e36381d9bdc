import Testing
import TerminalKit

@Suite struct LayoutTests {
    @Test func fixedAndFill() {
        #expect(Length.resolve([.fixed(3), .fill(), .fixed(2)], in: 20) == [3, 15, 2])
    }

    @Test func fillSharesByWeight() {
        #expect(Length.resolve([.fill(1), .fill(3)], in: 20) == [5, 15])
    }

    @Test func leftOverCellsGoToTheEarliestFills() {
        #expect(Length.resolve([.fill(), .fill(), .fill()], in: 10) == [4, 3, 3])
    }

    @Test func percentRoundsDown() {
        #expect(Length.resolve([.percent(33), .fill()], in: 10) == [3, 7])
    }

    @Test func minGrowsLikeAFill() {
        #expect(Length.resolve([.min(4), .fill()], in: 10) == [7, 3])
    }

    @Test func spacingComesOutFirst() {
        #expect(Length.resolve([.fill(), .fill()], in: 11, spacing: 1) == [5, 5])
    }

    @Test func overAllocationCutsFromTheEnd() {
        #expect(Length.resolve([.fixed(6), .fixed(6), .fill()], in: 8) == [6, 2, 0])
    }

    @Test func withoutFillsSpaceIsLeftOver() {
        #expect(Length.resolve([.fixed(2), .percent(50)], in: 10) == [2, 5])
    }

    @Test func rectGeometry() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(rect.maxX == 12)
        #expect(rect.maxY == 7)
        #expect(rect.contains(Point(x: 2, y: 3)))
        #expect(!rect.contains(Point(x: 12, y: 3)))
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)) == Rect(x: 5, y: 8, width: 5, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
    }

    @Test func insets() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(rect.inset(top: 1, right: 2) == Rect(x: 0, y: 1, width: 8, height: 4))
        #expect(rect.inset(by: 4).isEmpty)
    }

    @Test func centeredRectForModals() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 100, height: 30) == screen)
    }

    @Test func columnsAndRows() {
        let area = Rect(x: 1, y: 2, width: 21, height: 10)
        #expect(area.columns([.fixed(5), .fill()], spacing: 1) == [
            Rect(x: 1, y: 2, width: 5, height: 10), Rect(x: 7, y: 2, width: 15, height: 10),
        ])
        #expect(area.rows([.fixed(1), .fill(), .fixed(1)]) == [
            Rect(x: 1, y: 2, width: 21, height: 1), Rect(x: 1, y: 3, width: 21, height: 8),
            Rect(x: 1, y: 11, width: 21, height: 1),
        ])
    }
}
