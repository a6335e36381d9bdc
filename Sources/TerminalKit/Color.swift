/// The small palette every terminal can show: the eight ANSI colours, a gray, and the terminal's
/// own default.
public enum Color: Hashable, Sendable, CaseIterable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    /// Bright black where the terminal has 16 colours, otherwise white.
    case gray
}
