import TerminalKit

extension Table {
    /// Draws a one-row chart (a sparkline, a whisker) into `column` of each visible row that has
    /// one (`chart(rowIndex)`), using the table's own geometry so the charts line up with the text.
    func drawCharts<Chart: Widget>(column: Int, into canvas: inout Canvas, area: Rect, theme: Theme, _ chart: (Int) -> Chart?) {
        let widths = columnWidths(in: area)
        guard widths.indices.contains(column) else { return }
        let x = area.minX + widths.prefix(column).reduce(0, +) + column * columnSpacing
        let first = firstVisibleRow(in: area)
        for line in 0..<min(visibleRowCount(in: area), max(0, totalRows - first)) {
            guard let chart = chart(first + line) else { continue }
            canvas.render(chart, in: Rect(x: x, y: area.minY + (showsHeader ? 1 : 0) + line, width: widths[column], height: 1), theme: theme)
        }
    }
}
