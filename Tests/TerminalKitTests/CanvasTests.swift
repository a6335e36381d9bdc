import Testing
import TerminalKit

@Suite struct CanvasTests {
    @Test func newCanvasIsBlank() {
        let canvas = Canvas(width: 3, height: 2)
        #expect(canvas.text == "\n")
        #expect(canvas.lines() == ["", ""])
        #expect(canvas[2, 1] == .blank())
    }

    @Test func writeReturnsTheNextColumn() {
        var canvas = Canvas(width: 10, height: 1)
        let next = canvas.write("ab", x: 1, y: 0)
        canvas.write("日", x: next, y: 0)
        #expect(next == 3)
        #expect(canvas.text == " ab日")
    }

    @Test func clipsAtTheRightEdge() {
        var canvas = Canvas(width: 4, height: 1)
        let next = canvas.write("abcdef", x: 1, y: 0)
        #expect(canvas.text == " abc")
        #expect(next == 7)
    }

    @Test func clipsAtTheLeftEdge() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("abcdef", x: -2, y: 0)
        #expect(canvas.text == "cdef")
    }

    @Test func ignoresRowsOutsideTheCanvas() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.write("abc", x: 0, y: 1)
        canvas.write("abc", x: 0, y: -1)
        #expect(canvas.text == "")
    }

    @Test func clipsToARectangle() {
        var canvas = Canvas(width: 8, height: 3)
        let clip = Rect(x: 2, y: 1, width: 3, height: 1)
        canvas.write("abcdef", x: 0, y: 1, clippedTo: clip)
        canvas.write("xyz", x: 2, y: 2, clippedTo: clip)
        #expect(canvas.lines() == ["", "  cde", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("日本x", x: 0, y: 0)
        #expect(canvas.text == "日本x")
        #expect(canvas[0, 0].grapheme == "日")
        #expect(canvas[0, 0].width == 2)
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas[4, 0].grapheme == "x")
    }

    @Test func neverSplitsAWideCharacterAtTheRightEdge() {
        var canvas = Canvas(width: 3, height: 1)
        canvas.write("ab日", x: 0, y: 0)
        #expect(canvas.text == "ab")
        #expect(canvas[2, 0] == .blank())
    }

    @Test func neverSplitsAWideCharacterAtAClipEdge() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("日本", x: 0, y: 0, clippedTo: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(canvas.text == "日")
        canvas.write("本日", x: -1, y: 0)
        #expect(canvas.text == " 日")
        #expect(canvas[0, 0] == .blank())
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("日本", x: 0, y: 0)
        canvas.write("a", x: 1, y: 0)
        canvas.write("b", x: 2, y: 0)
        #expect(canvas.text == " ab")
        #expect(canvas[0, 0] == .blank())
        #expect(canvas[3, 0] == .blank())
    }

    @Test func wideCharacterOverNarrowOnes() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("abcd", x: 0, y: 0)
        canvas.write("日", x: 1, y: 0)
        #expect(canvas.text == "a日d")
    }

    @Test func controlCharactersNeverReachACell() {
        var canvas = Canvas(width: 40, height: 1)
        canvas.write("a\u{1B}[31mb\tc\nd\u{7F}e\u{9B}f\r\ng\u{202E}h", x: 0, y: 0)
        #expect(canvas.text == "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h")
        let graphemes = (0..<canvas.width).map { canvas[$0, 0].grapheme }
        #expect(!graphemes.joined().unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test func dropsZeroWidthClusters() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("\u{301}a\u{200B}b", x: 0, y: 0)
        #expect(canvas.text == "ab")
    }

    @Test func keepsCombiningMarksWithTheirBase() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.write("e\u{301}x", x: 0, y: 0)
        #expect(canvas[0, 0].grapheme == "e\u{301}")
        #expect(canvas[1, 0].grapheme == "x")
    }

    @Test func writesCarryTheirStyle() {
        var canvas = Canvas(width: 4, height: 1)
        let bold = Style(bold: true)
        canvas.write("ab", x: 1, y: 0, style: bold)
        #expect(canvas.mask(of: bold) == ".##.")
    }

    @Test func fillCoversTheRectangleOnly() {
        var canvas = Canvas(width: 5, height: 3)
        let reverse = Style(reverse: true)
        canvas.fill(Rect(x: 1, y: 1, width: 9, height: 1), style: reverse, character: "x")
        #expect(canvas.lines() == ["", " xxxx", ""])
        #expect(canvas.mask(of: reverse) == ".....\n.####\n.....")
    }

    @Test func linesTrimTrailingSpacesOnly() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.write(" a b  ", x: 0, y: 0)
        #expect(canvas.lines() == [" a b", ""])
    }

    @Test func cursorIsHiddenByDefault() {
        #expect(Canvas(width: 1, height: 1).cursor == nil)
    }
}
