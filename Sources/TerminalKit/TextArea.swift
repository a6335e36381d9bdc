/// A multi-line text input. Long lines wrap at the field width; the view scrolls to keep the
/// cursor visible; when focused, the area places the terminal cursor.
public struct TextArea: Widget, Hashable, Sendable {
    public var buffer: TextBuffer
    public var placeholder: String
    public var isFocused: Bool

    public init(_ value: String = "", placeholder: String = "", isFocused: Bool = true) {
        buffer = TextBuffer(value, multiline: true)
        self.placeholder = placeholder
        self.isFocused = isFocused
    }

    public var value: String { buffer.value }

    /// Applies an editing key (Enter inserts a newline; Up/Down move between lines and are
    /// declined on the first/last line so a form can move focus).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        buffer.handle(key)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: theme.input)
        if buffer.value.isEmpty && !isFocused {
            canvas.write(placeholder, at: area.origin, style: theme.muted, clippedTo: area)
            return
        }
        let rows = wrappedRows(width: area.width)
        let cursorRow = rows.lastIndex { $0.line == currentLine && $0.start <= buffer.cursor } ?? 0
        let top = max(0, cursorRow - area.height + 1)
        for (offset, row) in rows.dropFirst(top).prefix(area.height).enumerated() {
            canvas.write(row.text, x: area.minX, y: area.minY + offset, style: theme.input, clippedTo: area)
        }
        if isFocused {
            let row = rows[cursorRow]
            let column = DisplayWidth.of(row.text.prefix(buffer.cursor - row.start))
            canvas.cursor = Point(x: area.minX + column, y: area.minY + cursorRow - top)
        }
    }

    private var currentLine: Int {
        buffer.lines.lastIndex { $0.start <= buffer.cursor } ?? 0
    }

    /// Screen rows: each line cut into pieces of at most `width` columns (at least one character).
    /// A line that exactly fills its last row gets an empty row after it, where the cursor can sit.
    private func wrappedRows(width: Int) -> [(line: Int, start: Int, text: String)] {
        var rows: [(line: Int, start: Int, text: String)] = []
        for (index, line) in buffer.lines.enumerated() {
            var start = line.start
            var rest = Substring(line.text)
            repeat {
                var piece = String(rest).prefix(columns: width)
                if piece.isEmpty, let first = rest.first {
                    piece = String(first)
                }
                rows.append((index, start, piece))
                start += piece.count
                rest = rest.dropFirst(piece.count)
                if rest.isEmpty && piece.displayWidth == width {
                    rows.append((index, start, ""))
                }
            } while !rest.isEmpty
        }
        return rows
    }
}
