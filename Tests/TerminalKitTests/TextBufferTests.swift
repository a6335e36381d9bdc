import Testing
import TerminalKit

@Suite struct TextBufferTests {
    /// Applies keys in order, expecting each to be used.
    private func apply(_ keys: [KeyEvent], to buffer: inout TextBuffer) {
        for key in keys {
            let used = buffer.handle(key)
            #expect(used, "\(key) not handled")
        }
    }

    private func typing(_ text: String) -> [KeyEvent] {
        text.map { KeyEvent.char($0) }
    }

    @Test func typingInsertsAtTheCursor() {
        var buffer = TextBuffer()
        apply(typing("abd") + [.left] + typing("c"), to: &buffer)
        #expect(buffer.value == "abcd")
        #expect(buffer.cursor == 3)
    }

    @Test func startsWithTheCursorAtTheEnd() {
        #expect(TextBuffer("日本").cursor == 2)
    }

    @Test func backspaceAndDelete() {
        var buffer = TextBuffer("abcd")
        apply([.backspace, .home, .delete], to: &buffer)
        #expect(buffer.value == "bc")
        #expect(buffer.cursor == 0)
        apply([.backspace, .end, .delete], to: &buffer)
        #expect(buffer.value == "bc")
        #expect(buffer.cursor == 2)
    }

    @Test func movementStopsAtTheEnds() {
        var buffer = TextBuffer("ab")
        apply([.right, .right, .left, .left, .left], to: &buffer)
        #expect(buffer.cursor == 0)
    }

    @Test func readlineKeys() {
        var buffer = TextBuffer("hello world")
        apply([.ctrl("a")], to: &buffer)
        #expect(buffer.cursor == 0)
        apply([.ctrl("e"), .ctrl("b"), .ctrl("b"), .ctrl("b"), .ctrl("k")], to: &buffer)
        #expect(buffer.value == "hello wo")
        apply([.ctrl("b"), .ctrl("u")], to: &buffer)
        #expect(buffer.value == "o")
        #expect(buffer.cursor == 0)
        apply([.ctrl("f"), .ctrl("d")], to: &buffer)
        #expect(buffer.cursor == 1)
    }

    @Test func wordMovementAndDeletion() {
        var buffer = TextBuffer("risk: data leak")
        apply([.wordLeft], to: &buffer)
        #expect(buffer.cursor == 11)
        apply([.wordLeft, .wordLeft], to: &buffer)
        #expect(buffer.cursor == 0)
        apply([.wordRight], to: &buffer)
        #expect(buffer.cursor == 4)
        apply([.wordRight], to: &buffer)
        #expect(buffer.cursor == 10)
        apply([.ctrl("w")], to: &buffer)
        #expect(buffer.value == "risk:  leak")
        #expect(buffer.cursor == 6)
    }

    @Test func wideAndCombinedCharactersAreSingleSteps() {
        var buffer = TextBuffer("日本👍🏽")
        apply([.left, .backspace], to: &buffer)
        #expect(buffer.value == "日👍🏽")
        #expect(buffer.cursor == 1)
    }

    @Test func combiningMarkJoinsTheLetterBeforeIt() {
        var buffer = TextBuffer()
        apply([.char("e"), .char("\u{301}"), .char("x")], to: &buffer)
        #expect(buffer.value == "e\u{301}x")
        #expect(buffer.value.count == 2)
        #expect(buffer.cursor == 2)
    }

    @Test func singleLineBufferRefusesNewlines() {
        var buffer = TextBuffer("a\nb")
        #expect(buffer.value == "a b")
        #expect(!pressed(.enter, on: &buffer))
        #expect(!pressed(.up, on: &buffer))
        buffer.insert("c\r\nd")
        #expect(buffer.value == "a bc d")
    }

    @Test func nonEditingKeysAreDeclined() {
        var buffer = TextBuffer("x")
        for key in [KeyEvent.tab, .escape, .backTab, .pageDown, .function(2), .ctrl("s")] {
            #expect(!pressed(key, on: &buffer))
        }
        #expect(buffer.value == "x")
    }

    @Test func multiLineEnterAndLineKeys() {
        var buffer = TextBuffer("first", multiline: true)
        apply([.enter] + typing("second"), to: &buffer)
        #expect(buffer.value == "first\nsecond")
        apply([.home], to: &buffer)
        #expect(buffer.cursor == 6)
        apply([.ctrl("k")], to: &buffer)
        #expect(buffer.value == "first\n")
    }

    @Test func upAndDownKeepTheDisplayColumn() {
        var buffer = TextBuffer("日本語\nabcdef\nxy", multiline: true)
        buffer.moveToLineStart()
        #expect(pressed(.up, on: &buffer))
        #expect(buffer.cursor == 4)
        buffer.moveToLineEnd()
        #expect(pressed(.up, on: &buffer))
        #expect(buffer.cursor == 3)
        #expect(!pressed(.up, on: &buffer))
        buffer.moveToLineStart()
        buffer.moveRight()
        #expect(pressed(.down, on: &buffer))
        #expect(buffer.cursor == 6)
        buffer.moveRight()
        #expect(pressed(.up, on: &buffer))
        #expect(buffer.cursor == 1, "column 3 is inside 本: the cursor stays after 日")
        #expect(pressed(.down, on: &buffer))
        #expect(pressed(.down, on: &buffer))
        #expect(buffer.cursor == 13)
        #expect(!pressed(.down, on: &buffer))
    }

    @Test func settingTheValueMovesTheCursorToTheEnd() {
        var buffer = TextBuffer("abc")
        buffer.moveToLineStart()
        buffer.setValue("xy")
        #expect(buffer.cursor == 2)
    }
}

@Suite struct TextBufferSelectionTests {
    @Test func typingReplacesASelectedText() {
        var buffer = TextBuffer("10")
        buffer.selectAll()
        #expect(buffer.isAllSelected)
        #expect(pressed(.char("4"), on: &buffer))
        #expect(buffer.value == "4" && !buffer.isAllSelected)
        #expect(pressed(.char("2"), on: &buffer))
        #expect(buffer.value == "42")
    }

    @Test func deletingClearsASelectedText() {
        for key in [KeyEvent.backspace, .delete, .ctrl("u"), .ctrl("w")] {
            var buffer = TextBuffer("3650")
            buffer.selectAll()
            #expect(pressed(key, on: &buffer))
            #expect(buffer.value == "" && buffer.cursor == 0, "\(key)")
        }
    }

    @Test func movingKeepsTheTextAndDropsTheSelection() {
        var buffer = TextBuffer("123")
        buffer.selectAll()
        #expect(pressed(.left, on: &buffer))
        #expect(buffer.value == "123" && buffer.cursor == 0 && !buffer.isAllSelected)
        buffer.selectAll()
        #expect(pressed(.right, on: &buffer))
        #expect(buffer.cursor == 3 && !buffer.isAllSelected)
        _ = pressed(.char("4"), on: &buffer)
        #expect(buffer.value == "1234")
    }

    @Test func aKeyTheBufferDoesNotUseKeepsTheSelection() {
        var buffer = TextBuffer("7")
        buffer.selectAll()
        #expect(!pressed(.tab, on: &buffer))
        #expect(buffer.isAllSelected)
    }

    @Test func anEmptyTextIsNeverSelected() {
        var buffer = TextBuffer()
        buffer.selectAll()
        #expect(!buffer.isAllSelected)
    }

    @Test func aSelectedFieldIsDrawnSelected() {
        var field = TextField("10")
        field.buffer.selectAll()
        #expect(render(field, width: 4, height: 1).mask(of: Theme.mono.selected) == "##..")
        field.isFocused = false
        #expect(render(field, width: 4, height: 1).mask(of: Theme.mono.selected) == "....")
    }
}
