/// Which characters must never reach a terminal cell.
///
/// C0 controls (including ESC, which would start an escape sequence), DEL and C1 controls could
/// move the cursor or reprogram the terminal; bidirectional embedding, override and isolate
/// controls could make text display in a different order than it is stored (audit trails must
/// read as written). A grapheme cluster holding any of them is shown as U+FFFD.
enum TerminalSafety {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func isUnsafe(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isUnsafe)
    }

    /// The character itself, or U+FFFD in its place when it is unsafe.
    static func displayable(_ character: Character) -> Character {
        isUnsafe(character) ? "\u{FFFD}" : character
    }
}
