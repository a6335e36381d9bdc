/// The `?` overlay: a centred box listing a keymap's help sections, scrollable when long.
/// Build it from `Keymap.helpSections`; never write help text by hand.
public struct HelpOverlay: Widget {
    public var sections: [HelpSection]
    public var title: String
    /// The first line shown; clamped to `maxScrollOffset`.
    public var scrollOffset: Int
    /// The keys of the overlay itself, written into the bottom border.
    public var footer: String?

    public init(sections: [HelpSection], title: String = "Keys", scrollOffset: Int = 0, footer: String? = nil) {
        self.sections = sections
        self.title = title
        self.scrollOffset = scrollOffset
        self.footer = footer
    }

    /// The largest useful `scrollOffset` for `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        max(0, lines.count - frame(in: area).inset(by: 1).height)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let box = frame(in: area)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: title, style: theme.focusedBorder, titleStyle: theme.title)
        let content = inner.inset(left: 1, right: 1)
        let offset = min(max(0, scrollOffset), maxScrollOffset(in: area))
        for (row, line) in lines.dropFirst(offset).prefix(content.height).enumerated() {
            let y = content.minY + row
            if line.isTitle {
                canvas.write(line.text, x: content.minX, y: y, style: theme.header, clippedTo: content)
            } else {
                let x = canvas.write("  " + line.keys.fitted(toWidth: keyWidth), x: content.minX, y: y, style: theme.accent, clippedTo: content)
                canvas.write("  " + line.text, x: x, y: y, style: theme.normal, clippedTo: content)
            }
        }
        if let footer {
            canvas.write(" \(footer) ", x: box.minX + 2, y: box.maxY - 1, style: theme.muted, clippedTo: box.inset(left: 1, right: 1))
        }
        if lines.count > content.height {
            Scrollbar(offset: offset, visible: content.height, total: lines.count)
                .render(into: &canvas, area: Rect(x: inner.maxX, y: inner.minY, width: 1, height: inner.height), theme: theme)
        }
    }

    private var keyWidth: Int {
        min(16, sections.flatMap(\.entries).map(\.keys.displayWidth).max() ?? 0)
    }

    /// Section titles and entries, with a blank line between sections.
    private var lines: [(isTitle: Bool, keys: String, text: String)] {
        var lines: [(isTitle: Bool, keys: String, text: String)] = []
        for section in sections {
            if !lines.isEmpty {
                lines.append((false, "", ""))
            }
            lines.append((true, "", section.title))
            lines += section.entries.map { (false, $0.keys, $0.text) }
        }
        return lines
    }

    private func frame(in area: Rect) -> Rect {
        let widest = lines.map { $0.isTitle ? $0.text.displayWidth : 2 + keyWidth + 2 + $0.text.displayWidth }.max() ?? 0
        let width = max(widest, title.displayWidth + 2, (footer?.displayWidth ?? 0) + 2) + 4
        return area.centered(width: min(width, area.width - 2), height: min(lines.count + 2, area.height - 2))
    }
}
