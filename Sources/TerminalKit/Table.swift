/// Rows and columns with a header, a selected row and windowed scrolling.
///
/// Only the visible rows are drawn, and the caller may hand over only a window of the data:
/// `rows` holds the rows from absolute index `firstRowIndex` on, `totalRows` counts all of them
/// (for SQL paging, query the rows from `ListViewport.offset` on). Absolute indexes are used throughout.
public struct Table: Widget {
    public struct Column: Hashable, Sendable {
        public var title: String
        public var width: Length
        public var alignment: TextAlignment

        public init(_ title: String, width: Length = .fill(), alignment: TextAlignment = .left) {
            self.title = title
            self.width = width
            self.alignment = alignment
        }
    }

    public struct Cell: Hashable, Sendable, ExpressibleByStringLiteral {
        public var text: String
        /// Overrides the row style (not the selection).
        public var style: Style?

        public init(_ text: String, style: Style? = nil) {
            self.text = text
            self.style = style
        }

        public init(stringLiteral value: String) {
            self.init(value)
        }
    }

    public struct Row: Hashable, Sendable {
        public var cells: [Cell]
        /// Overrides the theme's `normal` style (not the selection).
        public var style: Style?

        public init(_ cells: [Cell], style: Style? = nil) {
            self.cells = cells
            self.style = style
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    public var firstRowIndex: Int
    public var totalRows: Int
    public var selectedRow: Int?
    /// The first row to show; adjusted as little as possible to keep `selectedRow` visible.
    public var scrollOffset: Int
    public var showsHeader = true
    /// Whether the table's pane has focus (selection drawn with `selected`, else `selectedUnfocused`).
    public var isFocused = true
    public var columnSpacing = 1
    /// Shown (muted) instead of rows when `totalRows` is 0.
    public var emptyMessage: String?

    /// `totalRows` defaults to `firstRowIndex + rows.count`.
    public init(
        columns: [Column],
        rows: [Row],
        firstRowIndex: Int = 0,
        totalRows: Int? = nil,
        selectedRow: Int? = nil,
        scrollOffset: Int = 0
    ) {
        self.columns = columns
        self.rows = rows
        self.firstRowIndex = firstRowIndex
        self.totalRows = totalRows ?? firstRowIndex + rows.count
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
    }

    // MARK: - Geometry

    /// How many rows fit in `area` below the header.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The absolute index of the top visible row.
    public func firstVisibleRow(in area: Rect) -> Int {
        ListViewport.offset(keeping: selectedRow, from: scrollOffset, visibleRows: visibleRowCount(in: area), count: totalRows)
    }

    /// The absolute index of the row drawn at `point` (for mouse clicks), if any.
    public func row(at point: Point, in area: Rect) -> Int? {
        let body = bodyArea(in: area)
        guard body.contains(point) else { return nil }
        let index = firstVisibleRow(in: area) + point.y - body.minY
        return index < totalRows ? index : nil
    }

    /// The width of each column in `area` (after the scrollbar, when there is one), for drawing
    /// things aligned with the columns.
    public func columnWidths(in area: Rect) -> [Int] {
        Length.resolve(columns.map(\.width), in: contentArea(in: area).width, spacing: columnSpacing)
    }

    /// `area` without the scrollbar column, which is kept when the rows do not all fit.
    private func contentArea(in area: Rect) -> Rect {
        let scrolls = totalRows > visibleRowCount(in: area) && area.width > 1
        return area.inset(right: scrolls ? 1 : 0)
    }

    private func bodyArea(in area: Rect) -> Rect {
        area.inset(top: showsHeader ? 1 : 0)
    }

    // MARK: - Rendering

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let visible = visibleRowCount(in: area)
        let content = contentArea(in: area)
        let widths = columnWidths(in: area)
        if showsHeader {
            drawRow(columns.map { Cell($0.title) }, widths: widths, y: area.minY, x: content.minX, style: theme.header, into: &canvas)
        }
        let body = bodyArea(in: content)
        if totalRows == 0, let emptyMessage {
            canvas.write(emptyMessage.truncated(toWidth: body.width), x: body.minX, y: body.minY, style: theme.muted, clippedTo: body)
            return
        }
        let top = firstVisibleRow(in: area)
        for line in 0..<min(visible, max(0, totalRows - top)) {
            let index = top + line
            guard rows.indices.contains(index - firstRowIndex) else { continue }
            let row = rows[index - firstRowIndex]
            let y = body.minY + line
            if index == selectedRow {
                let style = isFocused ? theme.selected : theme.selectedUnfocused
                canvas.fill(Rect(x: content.minX, y: y, width: content.width, height: 1), style: style)
                drawRow(row.cells.map { Cell($0.text) }, widths: widths, y: y, x: content.minX, style: style, into: &canvas)
            } else {
                drawRow(row.cells, widths: widths, y: y, x: content.minX, style: row.style ?? theme.normal, into: &canvas)
            }
        }
        if content.width < area.width {
            Scrollbar(offset: top, visible: visible, total: totalRows)
                .render(into: &canvas, area: Rect(x: area.maxX - 1, y: body.minY, width: 1, height: visible), theme: theme)
        }
    }

    private func drawRow(_ cells: [Cell], widths: [Int], y: Int, x: Int, style: Style, into canvas: inout Canvas) {
        var left = x
        for (offset, width) in widths.enumerated() {
            if width > 0, offset < cells.count {
                let cell = cells[offset]
                let text = cell.text.fitted(toWidth: width, alignment: columns[offset].alignment)
                canvas.write(text, x: left, y: y, style: cell.style ?? style)
            }
            left += width + columnSpacing
        }
    }
}
