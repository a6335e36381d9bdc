/// Horizontal placement of text inside a wider space.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right
}
