/// A row of tab titles, " Overview │ Metrics │ Risks ", with the selected one highlighted.
/// When they do not fit, leading tabs are dropped until the selected one is visible.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int

    public init(_ titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// The tab drawn at `point` (for mouse clicks), if any.
    public func index(at point: Point, in area: Rect) -> Int? {
        guard point.y == area.minY else { return nil }
        return layout(in: area).first { point.x >= $0.x && point.x < $0.x + $0.label.displayWidth }?.index
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.height > 0 else { return }
        let placed = layout(in: area)
        for (position, tab) in placed.enumerated() {
            if position > 0 {
                canvas.write("│", x: tab.x - 1, y: area.minY, style: theme.border, clippedTo: area)
            }
            let style = tab.index == selected ? theme.selected : theme.normal
            canvas.write(tab.label, x: tab.x, y: area.minY, style: style, clippedTo: area)
        }
    }

    /// Each visible tab's index, label and starting column.
    private func layout(in area: Rect) -> [(index: Int, label: String, x: Int)] {
        let labels = titles.map { " " + $0.sanitizedForTerminal + " " }
        var first = 0
        if titles.indices.contains(selected) {
            while first < selected && width(of: labels[first...selected]) > area.width {
                first += 1
            }
        }
        var x = area.minX
        return labels.indices.dropFirst(first).map { index in
            defer { x += labels[index].displayWidth + 1 }
            return (index, labels[index], x)
        }
    }

    private func width(of labels: ArraySlice<String>) -> Int {
        labels.reduce(0) { $0 + $1.displayWidth } + labels.count - 1
    }
}
