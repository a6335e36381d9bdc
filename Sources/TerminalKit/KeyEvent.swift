/// One input event: a key, a terminal resize, or a mouse event.
public enum KeyEvent: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, as typed ("j", "J", "é", "日", " ").
    case char(Character)
    /// Control plus a key, lowercase ("d" for Ctrl-d); Ctrl-Space is " ".
    case ctrl(Character)
    case up, down, left, right
    /// Ctrl- (or Alt-) arrow: jump a word in text fields.
    case wordLeft, wordRight
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    case resize
    case mouse(MouseEvent)

    /// The notation used in hints and help: "j", "Ctrl-d", "Enter", "Shift-Tab", "PgDn", "F1".
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let character): String(character).sanitizedForTerminal
        case .ctrl(" "): "Ctrl-Space"
        case .ctrl(let character): "Ctrl-" + String(character).sanitizedForTerminal
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .wordLeft: "Ctrl-←"
        case .wordRight: "Ctrl-→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        case .mouse(let event): event.description
        }
    }

    /// Decodes a code point read from the terminal: control codes become the keys they stand for
    /// (Tab, Enter, Esc, Backspace, Ctrl-letters), printable characters become `.char`.
    /// Returns nil for code points that are neither (C1 controls, surrogates).
    public init?(codePoint: UInt32) {
        switch codePoint {
        case 9: self = .tab
        case 10, 13: self = .enter
        case 27: self = .escape
        case 8, 127: self = .backspace
        case 0: self = .ctrl(" ")
        case 1...26: self = .ctrl(Character(Unicode.Scalar(UInt8(codePoint) + 0x60)))
        case 28...31: self = .ctrl(Character(Unicode.Scalar(UInt8(codePoint) + 0x40)))
        case 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(codePoint) else { return nil }
            self = .char(Character(scalar))
        }
    }
}
