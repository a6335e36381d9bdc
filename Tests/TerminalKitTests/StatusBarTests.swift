import Testing
import TerminalKit

@Suite struct StatusBarTests {
    private let hints = [StatusHint(keys: "q", hint: "quit"), StatusHint(keys: "?", hint: "help")]

    @Test func hintsLeftIdentityRight() {
        let bar = StatusBar(hints: hints, user: "alice", role: "lead", database: "pilots.db")
        #expect(render(bar, width: 50, height: 1).text == " q quit  ? help          alice (lead) │ pilots.db")
    }

    @Test func databaseGoesFirstWhenNarrow() {
        let bar = StatusBar(hints: hints, user: "alice", role: "lead", database: "pilots.db")
        #expect(render(bar, width: 30, height: 1).text == " q quit  ? help  alice (lead)")
    }

    @Test func messageComesBeforeTheIdentity() {
        let bar = StatusBar(hints: hints, user: "alice", role: "lead", database: "pilots.db", message: "Saved", messageKind: .ok)
        let canvas = render(bar, width: 50, height: 1, theme: .color)
        #expect(canvas.text == " q quit  ? help  Saved │ alice (lead) │ pilots.db")
        #expect(canvas.mask(of: Theme.color.ok) == String(repeating: ".", count: 17) + "#####" + String(repeating: ".", count: 28))
    }

    @Test func longMessageIsTruncatedAndHintsMakeRoom() {
        let bar = StatusBar(hints: hints, user: "alice", message: "Refused: only leads record metrics", messageKind: .bad)
        #expect(render(bar, width: 30, height: 1).text == " q quit  Refused: only leads…")
    }

    @Test func keysUseTheStatusKeyStyle() {
        let canvas = render(StatusBar(hints: hints), width: 16, height: 1)
        #expect(canvas.text == " q quit  ? help")
        #expect(canvas.mask(of: Theme.mono.statusKey) == ".#.......#......")
        #expect(canvas.mask(of: Theme.mono.statusBar) == "#.#######.######")
    }
}
