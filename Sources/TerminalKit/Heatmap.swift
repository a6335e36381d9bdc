/// A likelihood × impact risk heat map: counts of risks per cell, likelihood rising upwards and
/// impact to the right, each cell shaded by its score band (low 1-4, medium 5-9, high 10-25).
///
/// ```
/// L\I  1   2   3   4   5
///  5   ·   ·   2   ·   1
///  ...
///  1   ·   ·   ·   ·   ·
/// ```
public struct Heatmap: Widget {
    /// `counts[likelihood - 1][impact - 1]`, normally 5×5.
    public var counts: [[Int]]
    /// The highlighted cell, as (likelihood, impact), both 1-based; drawn as "[n]".
    public var selected: (likelihood: Int, impact: Int)?

    public init(counts: [[Int]], selected: (likelihood: Int, impact: Int)? = nil) {
        self.counts = counts
        self.selected = selected
    }

    /// Builds the grid from (likelihood, impact) pairs, one per risk; out-of-range pairs are ignored.
    public init(risks: [(likelihood: Int, impact: Int)], scale: Int = 5) {
        var counts = Array(repeating: Array(repeating: 0, count: scale), count: scale)
        for risk in risks where (1...scale).contains(risk.likelihood) && (1...scale).contains(risk.impact) {
            counts[risk.likelihood - 1][risk.impact - 1] += 1
        }
        self.init(counts: counts)
    }

    private static let gutter = 4

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let columns = counts.map(\.count).max() ?? 0
        guard columns > 0, area.height > 0 else { return }
        let cellWidth = min(6, max(3, (area.width - Self.gutter) / columns))
        canvas.write("L\\I", at: area.origin, style: theme.header, clippedTo: area)
        for impact in 1...columns {
            let x = area.minX + Self.gutter + (impact - 1) * cellWidth
            canvas.write(String(impact).fitted(toWidth: cellWidth, alignment: .center), x: x, y: area.minY, style: theme.header, clippedTo: area)
        }
        for (line, likelihood) in counts.indices.reversed().map({ $0 + 1 }).enumerated() {
            let y = area.minY + 1 + line
            canvas.write(String(likelihood).fitted(toWidth: 2, alignment: .right), x: area.minX, y: y, style: theme.header, clippedTo: area)
            for (column, count) in counts[likelihood - 1].enumerated() {
                let impact = column + 1
                let isSelected = selected.map { $0.likelihood == likelihood && $0.impact == impact } ?? false
                let label = isSelected ? "[\(count)]" : (count == 0 ? "·" : String(count))
                let x = area.minX + Self.gutter + column * cellWidth
                canvas.write(label.fitted(toWidth: cellWidth, alignment: .center), x: x, y: y,
                             style: band(likelihood * impact, theme: theme), clippedTo: area)
            }
        }
    }

    private func band(_ score: Int, theme: Theme) -> Style {
        switch score {
        case ...4: theme.riskLow
        case 5...9: theme.riskMedium
        default: theme.riskHigh
        }
    }
}
