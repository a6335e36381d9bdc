/// A one-column vertical scrollbar: a thin track with a thick thumb sized to the visible share.
public struct Scrollbar: Widget {
    public var offset: Int
    public var visible: Int
    public var total: Int

    public init(offset: Int, visible: Int, total: Int) {
        self.offset = offset
        self.visible = visible
        self.total = total
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard area.height > 0, total > visible, visible > 0 else { return }
        let track = area.height
        let thumb = max(1, track * visible / total)
        let start = (track - thumb) * min(offset, total - visible) / (total - visible)
        for line in 0..<track {
            let onThumb = line >= start && line < start + thumb
            canvas.write(onThumb ? "┃" : "│", x: area.minX, y: area.minY + line, style: onThumb ? theme.accent : theme.border)
        }
    }
}
