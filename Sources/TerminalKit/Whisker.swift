/// An interval as a whisker on one row ("├───┤"), with a mark ("┃") where a threshold falls, so
/// whether the whole interval clears it can be seen at a glance. The scale runs from the lowest to
/// the highest of the interval and the mark, with a margin so neither sits on the edge.
public struct Whisker: Widget {
    public var low: Double
    public var high: Double
    public var mark: Double?
    public var style: Style?

    public init(low: Double, high: Double, mark: Double?, style: Style? = nil) {
        self.low = low
        self.high = high
        self.mark = mark
        self.style = style
    }

    /// The row as text, one character a column: the whisker, the mark drawn over it.
    public func text(width: Int) -> String {
        guard width >= 3, low.isFinite, high.isFinite, low <= high else { return String(repeating: " ", count: max(0, width)) }
        let ends = [low, high] + [mark].compactMap { $0 }.filter(\.isFinite)
        let (minimum, maximum) = (ends.min()!, ends.max()!)
        let pad = maximum > minimum ? (maximum - minimum) * 0.08 : max(abs(maximum) * 0.1, 1)
        let (from, to) = (minimum - pad, maximum + pad)
        func column(_ value: Double) -> Int {
            min(width - 1, max(0, Int(((value - from) / (to - from) * Double(width - 1)).rounded())))
        }
        var cells = Array(repeating: " ", count: width)
        let (left, right) = (column(low), column(high))
        for x in left...right { cells[x] = "─" }
        if left == right {
            cells[left] = "│"
        } else {
            cells[left] = "├"
            cells[right] = "┤"
        }
        if let mark, mark.isFinite { cells[column(mark)] = "┃" }
        return cells.joined()
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        for (offset, character) in text(width: area.width).enumerated() where character != " " {
            canvas.write(String(character), x: area.minX + offset, y: area.minY, style: character == "┃" ? theme.accent : style ?? .plain)
        }
    }
}
