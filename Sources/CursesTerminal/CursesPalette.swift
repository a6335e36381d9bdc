import CNcursesw
import TerminalKit

/// Turns a `Style` into curses attributes and a colour pair, creating pairs as styles need them.
struct CursesPalette {
    private let usesColor: Bool
    private let colorCount: Int
    private let pairLimit: Int
    private var pairs: [PairKey: Int16] = [:]

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// With `usesColor` false (or a terminal without colours) only attributes are used.
    init(usesColor: Bool) {
        self.usesColor = usesColor && has_colors()
        if self.usesColor {
            start_color()
            use_default_colors()
        }
        colorCount = Int(pd_colors())
        pairLimit = min(Int(pd_color_pairs()), Int(Int16.max))
    }

    mutating func attributes(for style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes: attr_t = 0
        if style.bold { attributes |= pd_a_bold() }
        if style.dim { attributes |= pd_a_dim() }
        if style.underline { attributes |= pd_a_underline() }
        if style.reverse { attributes |= pd_a_reverse() }
        guard usesColor, style.hasColor else { return (attributes, 0) }
        let foreground = color(style.foreground, attributes: &attributes)
        let background = color(style.background, attributes: &attributes)
        return (attributes, pair(PairKey(foreground: foreground, background: background)))
    }

    private mutating func pair(_ key: PairKey) -> Int16 {
        if let existing = pairs[key] {
            return existing
        }
        let number = pairs.count + 1
        guard number < pairLimit else { return 0 }
        init_pair(Int16(number), key.foreground, key.background)
        pairs[key] = Int16(number)
        return Int16(number)
    }

    /// The curses colour number (-1 is the terminal default). Gray is bright black on 16-colour
    /// terminals and dimmed default elsewhere.
    private func color(_ color: Color, attributes: inout attr_t) -> Int16 {
        switch color {
        case .default: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        case .gray:
            if colorCount >= 16 {
                return 8
            }
            attributes |= pd_a_dim()
            return -1
        }
    }
}
