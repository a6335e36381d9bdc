import Testing
import TerminalKit

@Suite struct KeyEventTests {
    @Test(arguments: [
        (KeyEvent.char("j"), "j"), (.char("G"), "G"), (.char(" "), "Space"), (.char("日"), "日"),
        (.ctrl("d"), "Ctrl-d"), (.ctrl(" "), "Ctrl-Space"), (.enter, "Enter"), (.escape, "Esc"),
        (.tab, "Tab"), (.backTab, "Shift-Tab"), (.backspace, "Backspace"), (.delete, "Del"),
        (.pageUp, "PgUp"), (.pageDown, "PgDn"), (.home, "Home"), (.end, "End"),
        (.up, "↑"), (.down, "↓"), (.left, "←"), (.right, "→"), (.wordLeft, "Ctrl-←"), (.wordRight, "Ctrl-→"),
        (.function(1), "F1"), (.function(12), "F12"), (.resize, "Resize"),
        (.mouse(MouseEvent(x: 3, y: 4, kind: .leftClick)), "Click 3,4"),
        (.mouse(MouseEvent(x: 0, y: 9, kind: .wheelDown)), "Wheel-down 0,9"),
    ])
    func descriptions(key: KeyEvent, text: String) {
        #expect(key.description == text)
    }

    @Test func descriptionOfAControlCharacterIsSanitised() {
        #expect(KeyEvent.char("\u{1B}").description == "\u{FFFD}")
    }

    @Test(arguments: [
        (UInt32(9), KeyEvent.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .ctrl("a")), (4, .ctrl("d")), (21, .ctrl("u")), (26, .ctrl("z")), (0, .ctrl(" ")), (28, .ctrl("\\")),
        (31, .ctrl("_")), (0x6A, .char("j")), (0x20, .char(" ")), (0xE9, .char("é")), (0x65E5, .char("日")),
        (0x1F691, .char("🚑")),
    ])
    func decodesCodePoints(codePoint: UInt32, key: KeyEvent) {
        #expect(KeyEvent(codePoint: codePoint) == key)
    }

    @Test func rejectsC1ControlsAndSurrogates() {
        #expect(KeyEvent(codePoint: 0x9B) == nil)
        #expect(KeyEvent(codePoint: 0xD800) == nil)
    }
}
