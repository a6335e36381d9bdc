import TerminalKit

/// A selection in a list of `count` rows that never leaves the list, and the top row shown, which
/// moves only as far as needed to keep the selection in view (so lists scroll without jumping).
public struct ListCursor: Sendable, Equatable {
    public var selection = 0
    public var offset = 0
    /// Rows the list shows, estimated from the screen size by the reducer.
    var visibleRows = 20
    public var count = 0 {
        didSet { clamp() }
    }

    public mutating func move(by delta: Int) {
        selection += delta
        clamp()
    }

    public mutating func moveTo(_ index: Int) {
        selection = index
        clamp()
    }

    /// The rows a table can show around this cursor's offset in `height` lines: it moves the
    /// offset at most a screen to keep the selection in view, so rows beyond are never drawn.
    func window(height: Int, count: Int) -> Range<Int> {
        let lower = min(count, max(0, offset - height))
        return lower..<max(lower, min(count, offset + 2 * height))
    }

    mutating func clamp() {
        selection = count == 0 ? 0 : min(max(selection, 0), count - 1)
        offset = ListViewport.offset(keeping: selection, from: offset, visibleRows: visibleRows, count: count)
    }
}
