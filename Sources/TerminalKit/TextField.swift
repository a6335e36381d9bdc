/// A one-line text input. Text longer than the field scrolls so the cursor stays visible; when
/// focused, the field places the terminal cursor.
public struct TextField: Widget, Hashable, Sendable {
    public var buffer: TextBuffer
    public var placeholder: String
    public var isFocused: Bool

    public init(_ value: String = "", placeholder: String = "", isFocused: Bool = true) {
        buffer = TextBuffer(value)
        self.placeholder = placeholder
        self.isFocused = isFocused
    }

    public var value: String { buffer.value }

    /// Applies an editing key; false when the key is not an editing key (Enter, Tab, Esc, ...).
    public mutating func handle(_ key: KeyEvent) -> Bool {
        buffer.handle(key)
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let line = Rect(x: area.minX, y: area.minY, width: area.width, height: min(area.height, 1))
        guard !line.isEmpty else { return }
        canvas.fill(line, style: theme.input)
        if buffer.value.isEmpty && !isFocused {
            canvas.write(placeholder, at: line.origin, style: theme.muted, clippedTo: line)
            return
        }
        let characters = Array(buffer.value)
        var start = 0
        while DisplayWidth.of(String(characters[start..<buffer.cursor])) > line.width - 1 {
            start += 1
        }
        // A selected value is drawn selected, so the user sees that typing will replace it.
        let style = isFocused && buffer.isAllSelected ? theme.selected : theme.input
        let cursorX = canvas.write(String(characters[start..<buffer.cursor]), at: line.origin, style: style, clippedTo: line)
        canvas.write(String(characters[buffer.cursor...]), x: cursorX, y: line.minY, style: theme.input, clippedTo: line)
        if isFocused {
            canvas.cursor = Point(x: cursorX, y: line.minY)
        }
    }
}
