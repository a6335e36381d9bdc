import Testing
import TerminalKit

@Suite struct KeymapTests {
    enum Action: Hashable, Sendable {
        case down, up, open, quit, help, filter, delete
    }

    let keymap = Keymap<Action>([
        KeyBinding([.char("j"), .down], .down, hint: "down", help: "next row", group: "Move"),
        KeyBinding([.char("k"), .up], .up, hint: "up", help: "previous row", group: "Move"),
        KeyBinding([.enter], .open, hint: "open", help: "open the pilot", group: "Pilots"),
        KeyBinding([.char("/")], .filter, hint: "filter", group: "Move", showInStatusBar: false),
        KeyBinding([.char("?")], .help, hint: "help"),
        KeyBinding([.char("q")], .quit, hint: "quit"),
    ])

    @Test func looksUpActionsByAnyOfTheirKeys() {
        #expect(keymap.action(for: .char("j")) == .down)
        #expect(keymap.action(for: .down) == .down)
        #expect(keymap.action(for: .enter) == .open)
        #expect(keymap.action(for: .char("x")) == nil)
        #expect(keymap.action(for: .char("J")) == nil)
    }

    @Test func firstBindingWins() {
        let map = Keymap<Action>([
            KeyBinding([.char("d")], .delete, hint: "delete"),
            KeyBinding([.char("d"), .ctrl("d")], .down, hint: "down"),
        ])
        #expect(map.action(for: .char("d")) == .delete)
        #expect(map.action(for: .ctrl("d")) == .down)
        #expect(map.conflicts == [.char("d")])
        #expect(keymap.conflicts.isEmpty)
    }

    @Test func layeringPutsTheScreenFirst() {
        let screen = Keymap<Action>([KeyBinding([.char("q")], .delete, hint: "drop")])
        let combined = screen.layered(over: keymap)
        #expect(combined.action(for: .char("q")) == .delete)
        #expect(combined.action(for: .char("j")) == .down)
        #expect(combined.conflicts == [.char("q")])
    }

    @Test func findsTheBindingOfAnAction() {
        #expect(keymap.binding(for: .open)?.keyLabel == "Enter")
        #expect(keymap.binding(for: .delete) == nil)
    }

    @Test func statusHintsComeFromTheKeymap() {
        #expect(keymap.statusHints == [
            StatusHint(keys: "j/↓", hint: "down"), StatusHint(keys: "k/↑", hint: "up"),
            StatusHint(keys: "Enter", hint: "open"), StatusHint(keys: "?", hint: "help"),
            StatusHint(keys: "q", hint: "quit"),
        ])
    }

    @Test func statusHintsStopAtTheWidth() {
        // "j/↓ down" (8) + 2 + "k/↑ up" (6) = 16; "Enter open" needs 12 more.
        #expect(keymap.statusHints(maxWidth: 27).map(\.hint) == ["down", "up"])
        #expect(keymap.statusHints(maxWidth: 28).map(\.hint) == ["down", "up", "open"])
        #expect(keymap.statusHints(maxWidth: 7).isEmpty)
    }

    @Test func helpIsGroupedInOrderOfFirstAppearance() {
        #expect(keymap.helpSections == [
            HelpSection(title: "Move", entries: [
                .init(keys: "j/↓", text: "next row"), .init(keys: "k/↑", text: "previous row"),
                .init(keys: "/", text: "filter"),
            ]),
            HelpSection(title: "Pilots", entries: [.init(keys: "Enter", text: "open the pilot")]),
            HelpSection(title: "General", entries: [.init(keys: "?", text: "help"), .init(keys: "q", text: "quit")]),
        ])
    }

    @Test func aDisabledBindingKeepsItsReasonAndIsNotOffered() {
        let here = keymap.disabling { $0 == .open ? "nothing to open" : nil }
        #expect(here.binding(forKey: .enter)?.disabledReason == "nothing to open")
        #expect(here.binding(forKey: .char("j"))?.disabledReason == nil)
        #expect(here.binding(forKey: .char("x")) == nil)
        #expect(!here.statusHints.contains { $0.hint == "open" })
        #expect(!here.helpSections.flatMap(\.entries).contains { $0.keys == "Enter" })
        #expect(here.enabled.bindings.map(\.action) == [.down, .up, .filter, .help, .quit])
    }
}
