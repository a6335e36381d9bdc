/// Horizontal bars, one per row: "label  ███████▌     12". An optional target ("┃") and
/// baseline ("┊") are marked at their column on every bar.
public struct BarChart: Widget {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// Shown after the bar; defaults to the value.
        public var valueText: String?
        public var style: Style?

        public init(_ label: String, value: Double, valueText: String? = nil, style: Style? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }

        var text: String { valueText ?? value.compactDescription }
    }

    public var bars: [Bar]
    /// The value of a full-width bar; defaults to the largest of the values, target and baseline.
    public var maxValue: Double?
    public var target: Double?
    public var baseline: Double?

    public init(_ bars: [Bar], maxValue: Double? = nil, target: Double? = nil, baseline: Double? = nil) {
        self.bars = bars
        self.maxValue = maxValue
        self.target = target
        self.baseline = baseline
    }

    private static let partials = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let labelWidth = min(bars.map(\.label.displayWidth).max() ?? 0, area.width / 3)
        let valueWidth = bars.map(\.text.displayWidth).max() ?? 0
        let barX = area.minX + labelWidth + 1
        let barWidth = area.maxX - barX - valueWidth - 1
        guard barWidth > 0 else { return }
        let scale = maxValue ?? ([target, baseline].compactMap { $0 } + bars.map(\.value)).max() ?? 0
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.minY + row
            canvas.write(bar.label.fitted(toWidth: labelWidth), x: area.minX, y: y, style: theme.normal)
            let eighths = scale > 0 ? min(barWidth * 8, max(0, Int((bar.value / scale * Double(barWidth * 8)).rounded()))) : 0
            let blocks = String(repeating: "█", count: eighths / 8) + (eighths % 8 > 0 ? Self.partials[eighths % 8 - 1] : "")
            canvas.write(blocks, x: barX, y: y, style: bar.style ?? theme.info)
            for (value, glyph, style) in [(baseline, "┊", theme.muted), (target, "┃", theme.accent)] {
                if let value, scale > 0 {
                    let column = min(barWidth - 1, max(0, Int((value / scale * Double(barWidth)).rounded())))
                    canvas.write(glyph, x: barX + column, y: y, style: style)
                }
            }
            canvas.write(bar.text.fitted(toWidth: valueWidth, alignment: .right), x: barX + barWidth + 1, y: y, style: theme.normal)
        }
    }
}
