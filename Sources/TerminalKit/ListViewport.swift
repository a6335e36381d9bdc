/// The selection and scroll offset of a list or table, kept in application state.
///
/// Moves clamp to the list; the offset moves only as far as needed to keep the selection in
/// view, so the list does not jump. `visibleRows` is the height the view last rendered with.
public struct ListViewport: Hashable, Sendable {
    public private(set) var count: Int
    public private(set) var selected: Int
    public private(set) var offset: Int

    public init(count: Int = 0, selected: Int = 0) {
        self.count = max(0, count)
        self.selected = 0
        self.offset = 0
        self.selected = clamped(selected)
    }

    /// The selected index, or nil when the list is empty.
    public var selection: Int? { count == 0 ? nil : selected }

    /// Updates the row count (the list changed), keeping the selection inside it.
    public mutating func setCount(_ newCount: Int, visibleRows: Int) {
        count = max(0, newCount)
        select(selected, visibleRows: visibleRows)
    }

    public mutating func select(_ index: Int, visibleRows: Int) {
        selected = clamped(index)
        offset = Self.offset(keeping: selected, from: offset, visibleRows: visibleRows, count: count)
    }

    /// Moves the selection by `delta` rows (a page is `visibleRows`, half a page for Ctrl-d/u).
    public mutating func move(by delta: Int, visibleRows: Int) {
        select(selected + delta, visibleRows: visibleRows)
    }

    public mutating func selectFirst(visibleRows: Int) {
        select(0, visibleRows: visibleRows)
    }

    public mutating func selectLast(visibleRows: Int) {
        select(count - 1, visibleRows: visibleRows)
    }

    /// The rows on screen: query exactly these when paging from a database.
    public func visibleRange(visibleRows: Int) -> Range<Int> {
        offset..<min(count, offset + max(0, visibleRows))
    }

    /// The offset closest to `offset` that shows `selected` and does not scroll past the end.
    public static func offset(keeping selected: Int?, from offset: Int, visibleRows: Int, count: Int) -> Int {
        guard visibleRows > 0 else { return 0 }
        var result = min(offset, max(0, count - visibleRows))
        if let selected {
            if selected < result {
                result = selected
            } else if selected >= result + visibleRows {
                result = selected - visibleRows + 1
            }
        }
        return max(0, result)
    }

    private func clamped(_ index: Int) -> Int {
        min(max(index, 0), max(count - 1, 0))
    }
}
