import CNcursesw
import TerminalKit

/// Turns what `wget_wch` returns into `KeyEvent`s.
enum CursesKeyDecoder {
    /// `status` is wget_wch's result: OK for a character, KEY_CODE_YES for a key code.
    static func decode(status: Int32, value: UInt32) -> KeyEvent? {
        guard status == KEY_CODE_YES else {
            return status == OK ? KeyEvent(codePoint: value) : nil
        }
        let code = Int32(bitPattern: value)
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return readMouse().map(KeyEvent.mouse)
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default:
            return extendedKey(code)
        }
    }

    private static func readMouse() -> MouseEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind: MouseEvent.Kind
        switch Int(pd_read_mouse(&x, &y)) {
        case PD_MOUSE_LEFT: kind = .leftClick
        case PD_MOUSE_MIDDLE: kind = .middleClick
        case PD_MOUSE_RIGHT: kind = .rightClick
        case PD_MOUSE_WHEEL_UP: kind = .wheelUp
        case PD_MOUSE_WHEEL_DOWN: kind = .wheelDown
        default: return nil
        }
        return MouseEvent(x: Int(x), y: Int(y), kind: kind)
    }

    /// Keys with modifiers have codes assigned per terminal; their terminfo names identify them.
    private static func extendedKey(_ code: Int32) -> KeyEvent? {
        switch keyname(code).map({ String(cString: $0) }) {
        case "kLFT5", "kLFT3": .wordLeft
        case "kRIT5", "kRIT3": .wordRight
        default: nil
        }
    }
}
