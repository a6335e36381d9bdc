/// Where a pilot is in its stage pipeline: "intake ▸ validation ▸ micro ▸ …" with the current stage
/// highlighted, past stages plain and future ones muted; in a narrow space the compact "●●●○○○"
/// (filled up to the current stage) followed by the current stage's name when it fits.
public struct PipelineMarker: Widget {
    public var stages: [String]
    /// The current stage's index; nil before the first.
    public var current: Int?

    public init(stages: [String], current: Int?) {
        self.stages = stages
        self.current = current
    }

    /// Columns the full form needs.
    public var fullWidth: Int {
        stages.map(\.displayWidth).reduce(0, +) + max(0, stages.count - 1) * 3
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        if fullWidth <= area.width {
            renderFull(into: &canvas, area: area, theme: theme)
        } else {
            renderCompact(into: &canvas, area: area, theme: theme)
        }
    }

    private func renderFull(into canvas: inout Canvas, area: Rect, theme: Theme) {
        var x = area.minX
        for (index, stage) in stages.enumerated() {
            if index > 0 {
                x = canvas.write(" ▸ ", x: x, y: area.minY, style: theme.muted)
            }
            x = canvas.write(stage, x: x, y: area.minY, style: style(for: index, theme: theme))
        }
    }

    private func renderCompact(into canvas: inout Canvas, area: Rect, theme: Theme) {
        var x = area.minX
        for index in stages.indices {
            let reached = current.map { index <= $0 } ?? false
            x = canvas.write(reached ? "●" : "○", x: x, y: area.minY, style: style(for: index, theme: theme), clippedTo: area)
        }
        if let current, stages.indices.contains(current), x + 1 + stages[current].displayWidth <= area.maxX {
            canvas.write(" " + stages[current], x: x, y: area.minY, style: theme.highlight)
        }
    }

    private func style(for index: Int, theme: Theme) -> Style {
        guard let current else { return theme.muted }
        if index == current { return theme.highlight }
        return index < current ? theme.normal : theme.muted
    }
}
