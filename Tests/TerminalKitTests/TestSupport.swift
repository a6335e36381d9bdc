import TerminalKit

/// Renders `widget` into a fresh canvas of the given size.
func render(_ widget: some Widget, width: Int, height: Int, theme: Theme = .mono) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    canvas.render(widget, in: canvas.bounds, theme: theme)
    return canvas
}

extension Canvas {
    /// One line per row: "#" where the cell matches, "." elsewhere (continuations included).
    func mask(_ matches: (Cell) -> Bool) -> String {
        (0..<height).map { y in
            String((0..<width).map { x in matches(self[x, y]) ? "#" : "." })
        }.joined(separator: "\n")
    }

    /// The mask of cells drawn in `style`.
    func mask(of style: Style) -> String {
        mask { $0.style == style }
    }
}

/// Applies `key` to `buffer` and reports whether it was used.
func pressed(_ key: KeyEvent, on buffer: inout TextBuffer) -> Bool {
    buffer.handle(key)
}
