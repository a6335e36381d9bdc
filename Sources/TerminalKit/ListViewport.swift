/// Scrolling a list or table: the offset moves only as far as needed to keep the selection in
/// view, so the list does not jump. The selection itself lives in the application's state
/// (PilotDeck's `ListCursor`), which asks this for the offset.
public enum ListViewport {
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
}
