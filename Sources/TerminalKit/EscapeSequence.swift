/// The characters a terminal sends after Esc for a key its terminfo entry does not describe:
/// tmux and others send Home as `Esc [ 1 ~` whatever TERM says, where xterm's entry has `Esc O H`.
/// Read whole, a sequence becomes the key it stands for or nothing; left to the character
/// decoder, `Esc [ 1 ~` would arrive as Esc, `[`, `1` (go to the portfolio) and `~`.
public enum EscapeSequence {
    /// Whether the character after Esc opens a control sequence: CSI (`[`) or SS3 (`O`).
    /// Anything else after Esc is Esc followed by a key of its own.
    public static func starts(_ first: Character) -> Bool { first == "[" || first == "O" }

    /// The longest sequence read before giving up on it (and dropping it): real keys take a few
    /// characters, mouse reports a dozen.
    public static let maxLength = 32

    /// Whether `sequence` (the characters after Esc, from `[` or `O`) has ended: SS3 after one
    /// more character, CSI at its final byte (`@` to `~`), an X10 mouse report (`[M` and three
    /// bytes) after its three bytes.
    public static func isComplete(_ sequence: [Character]) -> Bool {
        guard let first = sequence.first, sequence.count >= 2 else { return false }
        if first == "O" { return true }
        if sequence[1] == "M" { return sequence.count == 5 }
        return sequence.last?.unicodeScalars.first.map { (0x40...0x7E).contains($0.value) } ?? false
    }

    /// The key a complete sequence stands for; nil for one Pilotdeck has no use for, which the
    /// caller drops whole.
    public static func key(for sequence: [Character]) -> KeyEvent? {
        let text = String(sequence)
        if let key = named[text] { return key }
        // xterm's function keys: CSI number ~.
        guard text.hasPrefix("["), text.hasSuffix("~"), let number = Int(text.dropFirst().dropLast()) else { return nil }
        return functionKeys[number].map(KeyEvent.function)
    }

    private static let named: [String: KeyEvent] = [
        "[A": .up, "[B": .down, "[C": .right, "[D": .left, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
        "[H": .home, "[F": .end, "OH": .home, "OF": .end, "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end,
        "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
        "[1;5D": .wordLeft, "[1;3D": .wordLeft, "[1;5C": .wordRight, "[1;3C": .wordRight,
        "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
    ]

    private static let functionKeys: [Int: Int] = [
        11: 1, 12: 2, 13: 3, 14: 4, 15: 5, 17: 6, 18: 7, 19: 8, 20: 9, 21: 10, 23: 11, 24: 12,
    ]
}
