/// What to draw instead of a layout that cannot fit: "Terminal too small" and the sizes.
public struct TooSmallNotice: Widget {
    public var required: Size

    public init(required: Size) {
        self.required = required
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        canvas.fill(area, style: theme.normal)
        let lines = [
            ("Terminal too small", theme.bad),
            ("need \(required), have \(area.size)", theme.normal),
        ]
        let top = area.minY + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            canvas.write(line.0.fitted(toWidth: area.width, alignment: .center), x: area.minX, y: top + offset, style: line.1, clippedTo: area)
        }
    }
}
