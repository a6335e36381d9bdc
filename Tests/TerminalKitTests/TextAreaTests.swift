import Testing
import TerminalKit

@Suite struct TextAreaTests {
    @Test func wrapsLongLines() {
        let canvas = render(TextArea("abcdefgh"), width: 3, height: 4)
        #expect(canvas.text == "abc\ndef\ngh\n")
        #expect(canvas.cursor == Point(x: 2, y: 2))
    }

    @Test func cursorAfterAFullRowGoesToTheNextRow() {
        let canvas = render(TextArea("abcdef"), width: 3, height: 3)
        #expect(canvas.text == "abc\ndef\n")
        #expect(canvas.cursor == Point(x: 0, y: 2))
    }

    @Test func keepsLineBreaks() {
        var area = TextArea("ab\n\ncd")
        area.buffer.moveToLineStart()
        let canvas = render(area, width: 4, height: 3)
        #expect(canvas.text == "ab\n\ncd")
        #expect(canvas.cursor == Point(x: 0, y: 2))
    }

    @Test func scrollsToTheCursor() {
        let canvas = render(TextArea("1\n2\n3\n4\n5"), width: 3, height: 2)
        #expect(canvas.text == "4\n5")
        #expect(canvas.cursor == Point(x: 1, y: 1))
    }

    @Test func placeholderWhenEmptyAndUnfocused() {
        let canvas = render(TextArea(placeholder: "notes", isFocused: false), width: 6, height: 2)
        #expect(canvas.text == "notes\n")
        #expect(canvas.cursor == nil)
    }

    @Test func enterInsertsANewline() {
        var area = TextArea("a")
        let used = area.handle(.enter)
        #expect(used)
        #expect(area.value == "a\n")
    }
}
