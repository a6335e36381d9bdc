import Testing
import TerminalKit

@Suite struct WhiskerTests {
    @Test("the interval spans its columns with the threshold's mark outside it when it clears")
    func clearOfTheMark() {
        // Scale 0 − 0.8 to 10 + 0.8 over 12 columns: low 6 at column 7, high 10 at 11, mark 0 at 1.
        #expect(Whisker(low: 6, high: 10, mark: 0).text(width: 13) == " ┃     ├───┤ ")
    }

    @Test("a mark inside the interval is drawn over it")
    func astride() {
        #expect(Whisker(low: 0, high: 10, mark: 5).text(width: 11) == " ├───┃───┤ ")
    }

    @Test("an interval of no width is one bar; too narrow an area draws nothing")
    func degenerate() {
        #expect(Whisker(low: 3, high: 3, mark: nil).text(width: 5) == "  │  ")
        #expect(Whisker(low: 0, high: 1, mark: nil).text(width: 2) == "  ")
    }

    @Test("renders its row into the canvas")
    func renders() {
        #expect(render(Whisker(low: 0, high: 10, mark: 5), width: 11, height: 1).text.hasPrefix(" ├───┃───┤"))
    }
}
