import Testing
import TerminalKit

@Suite struct HelpOverlayTests {
    private let sections = [
        HelpSection(title: "Move", entries: [.init(keys: "j/↓", text: "down"), .init(keys: "k/↑", text: "up")]),
        HelpSection(title: "General", entries: [.init(keys: "q", text: "quit")]),
    ]

    @Test func listsSectionsInACentredBox() {
        #expect(render(HelpOverlay(sections: sections), width: 40, height: 12).text == """

        
                    ┌ Keys ───────┐
                    │ Move        │
                    │   j/↓  down │
                    │   k/↑  up   │
                    │             │
                    │ General     │
                    │   q    quit │
                    └─────────────┘


        """)
    }

    @Test func scrollsWhenTooTall() {
        let overlay = HelpOverlay(sections: sections, scrollOffset: 1)
        let area = Rect(x: 0, y: 0, width: 40, height: 6)
        #expect(overlay.maxScrollOffset(in: area) == 4)
        let canvas = render(overlay, width: 40, height: 6)
        #expect(canvas.lines()[2...3] == ["            │   j/↓  down ┃", "            │   k/↑  up   │"])
        #expect(canvas[26, 2].grapheme == "┃")
        #expect(canvas[26, 3].grapheme == "│")
    }

    @Test func builtFromAKeymap() {
        enum Action: Hashable, Sendable { case quit }
        let keymap = Keymap<Action>([KeyBinding([.char("q"), .ctrl("c")], .quit, hint: "quit", help: "leave Pilotdeck")])
        let canvas = render(HelpOverlay(sections: keymap.helpSections, title: "Help"), width: 40, height: 6)
        #expect(canvas.lines()[2...3] == ["    │ General                     │", "    │   q/Ctrl-c  leave Pilotdeck │"])
    }
}

@Suite struct HelpOverlayFooterTests {
    @Test func theFooterSitsInTheBottomBorder() {
        let sections = [HelpSection(title: "Move", entries: [.init(keys: "j", text: "down")])]
        let canvas = render(HelpOverlay(sections: sections, footer: "Esc close"), width: 30, height: 6)
        #expect(canvas.lines()[4] == "       └─ Esc close ─┘")
    }
}
