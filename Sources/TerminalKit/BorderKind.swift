/// The glyphs of a box border.
public enum BorderKind: Hashable, Sendable {
    case single, rounded, double, heavy

    var glyphs: (horizontal: String, vertical: String, topLeft: String, topRight: String, bottomLeft: String, bottomRight: String) {
        switch self {
        case .single: ("─", "│", "┌", "┐", "└", "┘")
        case .rounded: ("─", "│", "╭", "╮", "╰", "╯")
        case .double: ("═", "║", "╔", "╗", "╚", "╝")
        case .heavy: ("━", "┃", "┏", "┓", "┗", "┛")
        }
    }
}
