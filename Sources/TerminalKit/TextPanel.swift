/// A bordered box of word-wrapped text that scrolls, with a footer of keys: for reading the whole
/// of a value that a list or a form line had to cut off (a rationale, an audit entry's states).
public struct TextPanel: Widget, Sendable {
    public var title: String
    public var text: String
    /// The first line shown; clamped to `maxScrollOffset`.
    public var scrollOffset: Int
    public var footer: String

    public init(title: String, text: String, scrollOffset: Int = 0, footer: String = "↑↓ PgUp PgDn scroll  Esc close") {
        self.title = title
        self.text = text
        self.scrollOffset = scrollOffset
        self.footer = footer
    }

    /// The panel's box inside `area`: as wide as the text needs (up to 100 columns), as tall as
    /// its lines plus the border and the footer, within `area`.
    public func frame(in area: Rect) -> Rect {
        let width = min(area.width, max(title.displayWidth + 4, footer.displayWidth + 4, min(100, naturalWidth + 4)))
        let height = min(area.height, lines(width: width - 4).count + 3)
        return area.centered(width: width, height: height)
    }

    /// The largest useful `scrollOffset` for `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        let content = contentArea(in: frame(in: area))
        return max(0, lines(width: content.width).count - content.height)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let box = frame(in: area)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: title, style: theme.focusedBorder, titleStyle: theme.title)
        let content = contentArea(in: box)
        let all = lines(width: content.width)
        let offset = min(max(0, scrollOffset), maxScrollOffset(in: area))
        for (row, line) in all.dropFirst(offset).prefix(content.height).enumerated() {
            canvas.write(line, x: content.minX, y: content.minY + row, style: theme.normal, clippedTo: content)
        }
        if all.count > content.height {
            Scrollbar(offset: offset, visible: content.height, total: all.count)
                .render(into: &canvas, area: Rect(x: inner.maxX, y: inner.minY, width: 1, height: content.height), theme: theme)
        }
        let position = all.count > content.height ? "  \(offset + 1)–\(min(all.count, offset + content.height)) of \(all.count)" : ""
        canvas.write(footer + position, x: content.minX, y: inner.maxY - 1, style: theme.muted, clippedTo: inner.inset(left: 1, right: 1))
    }

    private func contentArea(in box: Rect) -> Rect {
        box.inset(by: 1).inset(left: 1, bottom: 1, right: 1)
    }

    private var naturalWidth: Int {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { DisplayWidth.of($0) }.max() ?? 0
    }

    private func lines(width: Int) -> [String] { text.wrapped(toWidth: max(1, width)) }
}
