import Testing
import TerminalKit

@Suite struct EscapeSequenceTests {
    @Test("Home and End in every spelling terminals use, whatever TERM's entry says", arguments: [
        ("[1~", KeyEvent.home), ("[7~", .home), ("[H", .home), ("OH", .home),
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[5~", .pageUp), ("[6~", .pageDown), ("[3~", .delete), ("[Z", .backTab), ("OA", .up), ("[D", .left),
        ("[1;5C", .wordRight), ("[1;3D", .wordLeft), ("OP", .function(1)), ("[15~", .function(5)), ("[24~", .function(12)),
    ])
    func keys(sequence: String, key: KeyEvent) {
        #expect(EscapeSequence.isComplete(Array(sequence)))
        #expect(EscapeSequence.key(for: Array(sequence)) == key)
    }

    @Test("a sequence of no use is complete at its final byte and stands for no key", arguments: ["[2~", "[1;2P", "[?1;2c", "[<0;10;5M", "[99~", "[Mabc"])
    func unknown(sequence: String) {
        #expect(EscapeSequence.isComplete(Array(sequence)))
        #expect(EscapeSequence.key(for: Array(sequence)) == nil)
    }

    @Test("a sequence is read on until its final byte")
    func incomplete() {
        for prefix in ["[", "[1", "[1;", "[1;5", "O", "[M", "[Mab"] {
            #expect(!EscapeSequence.isComplete(Array(prefix)), "\(prefix)")
        }
        #expect(EscapeSequence.starts("[") && EscapeSequence.starts("O"))
        #expect(!EscapeSequence.starts("1") && !EscapeSequence.starts("x"))
    }
}
