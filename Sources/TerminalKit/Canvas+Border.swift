extension Canvas {
    /// Draws a box along the edges of `rect` with an optional title in the top edge
    /// ("┌ Title ───┐", truncated with "…"). Returns the area inside the border.
    @discardableResult
    public mutating func border(
        _ rect: Rect,
        title: String? = nil,
        kind: BorderKind = .single,
        style: Style = .plain,
        titleStyle: Style? = nil
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let glyphs = kind.glyphs
        let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
        write(glyphs.topLeft + inner + glyphs.topRight, x: rect.minX, y: rect.minY, style: style)
        write(glyphs.bottomLeft + inner + glyphs.bottomRight, x: rect.minX, y: rect.maxY - 1, style: style)
        for y in (rect.minY + 1)..<(rect.maxY - 1) {
            write(glyphs.vertical, x: rect.minX, y: y, style: style)
            write(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 5 {
            let label = " " + title.truncated(toWidth: rect.width - 4) + " "
            write(label, x: rect.minX + 1, y: rect.minY, style: titleStyle ?? style)
        }
        return rect.inset(by: 1)
    }
}
