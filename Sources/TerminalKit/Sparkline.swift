/// Recent values as block bars ("▁▂▃▄▅▆▇█"), newest on the right, one column per value; taller
/// areas get finer bars. An optional target is drawn as a dotted line ("┈") across the empty part
/// of the row it falls in, and, given a direction, bars that meet it are drawn `ok` and the
/// others `warn`. Non-finite values leave a gap.
public struct Sparkline: Widget {
    public var values: [Double]
    public var target: Double?
    /// Whether values at or above the target meet it (true) or at or below (false); nil: no colour.
    public var higherIsBetter: Bool?
    /// The value range mapped onto the bar height; by default from min(0, values, target) to
    /// max(values, target).
    public var range: ClosedRange<Double>?

    public init(_ values: [Double], target: Double? = nil, higherIsBetter: Bool? = nil, range: ClosedRange<Double>? = nil) {
        self.values = values
        self.target = target
        self.higherIsBetter = higherIsBetter
        self.range = range
    }

    private static let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let shown = Array(values.suffix(area.width))
        let finite = shown.filter(\.isFinite) + [target].compactMap { $0 }
        let low = range?.lowerBound ?? min(0, finite.min() ?? 0)
        let high = max(range?.upperBound ?? finite.max() ?? 1, low + .ulpOfOne)
        let levels = area.height * 8
        func level(_ value: Double) -> Int {
            min(levels, max(1, Int(((value - low) / (high - low) * Double(levels)).rounded())))
        }
        let targetRow = target.map { (level($0) - 1) / 8 }
        for (column, value) in shown.enumerated() {
            let x = area.minX + column
            let filled = value.isFinite ? level(value) : 0
            let style = barStyle(for: value, theme: theme)
            for row in 0..<area.height {
                let y = area.maxY - 1 - row
                let eighths = filled - row * 8
                if eighths > 0 {
                    canvas.write(Self.blocks[min(eighths, 8) - 1], x: x, y: y, style: style)
                } else if row == targetRow {
                    canvas.write("┈", x: x, y: y, style: theme.muted)
                }
            }
        }
    }

    private func barStyle(for value: Double, theme: Theme) -> Style {
        guard let target, let higherIsBetter else { return theme.info }
        return (higherIsBetter ? value >= target : value <= target) ? theme.ok : theme.warn
    }
}
