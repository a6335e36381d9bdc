/// One terminal cell: a grapheme cluster and its style.
///
/// A character `width` columns wide lives in its first cell; the following `width - 1` cells are
/// continuations (empty `grapheme`, width 0) that the terminal fills by itself.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: Int
    public var style: Style

    public init(grapheme: String, width: Int, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A space.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The trailing part of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    public var isContinuation: Bool { width == 0 }
}
