import Testing
import TerminalKit

@Suite struct TextFieldTests {
    @Test func showsTheValueAndPlacesTheCursor() {
        let canvas = render(TextField("abc"), width: 6, height: 1)
        #expect(canvas.text == "abc")
        #expect(canvas.cursor == Point(x: 3, y: 0))
        #expect(canvas.mask(of: Theme.mono.input) == "######")
    }

    @Test func placeholderWhenEmptyAndUnfocused() {
        let canvas = render(TextField(placeholder: "search", isFocused: false), width: 8, height: 1)
        #expect(canvas.text == "search")
        #expect(canvas.cursor == nil)
    }

    @Test func focusedEmptyFieldShowsOnlyTheCursor() {
        let canvas = render(TextField(placeholder: "search"), width: 8, height: 1)
        #expect(canvas.text == "")
        #expect(canvas.cursor == Point(x: 0, y: 0))
    }

    @Test func unfocusedFieldHidesTheCursor() {
        #expect(render(TextField("abc", isFocused: false), width: 6, height: 1).cursor == nil)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        let canvas = render(TextField("abcdefghij"), width: 5, height: 1)
        #expect(canvas.text == "ghij")
        #expect(canvas.cursor == Point(x: 4, y: 0))
    }

    @Test func noScrollingWhileTheCursorFits() {
        var field = TextField("abcdefghij")
        field.buffer.moveToLineStart()
        field.buffer.moveRight()
        let canvas = render(field, width: 5, height: 1)
        #expect(canvas.text == "abcde")
        #expect(canvas.cursor == Point(x: 1, y: 0))
    }

    @Test func wideCharactersScrollWhole() {
        let canvas = render(TextField("日本語です"), width: 6, height: 1)
        #expect(canvas.text == "です")
        #expect(canvas.cursor == Point(x: 4, y: 0))
    }

    @Test func renderedAtAnOffset() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.render(TextField("ab"), in: Rect(x: 3, y: 1, width: 4, height: 1), theme: .mono)
        #expect(canvas.lines() == ["", "   ab"])
        #expect(canvas.cursor == Point(x: 5, y: 1))
    }

    @Test func editsThroughItsBuffer() {
        var field = TextField("ab")
        let typed = field.handle(.char("c"))
        let enter = field.handle(.enter)
        #expect(typed)
        #expect(!enter)
        #expect(field.value == "abc")
    }
}
