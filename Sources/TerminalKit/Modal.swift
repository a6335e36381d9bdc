/// A centred dialog: a bordered box with a title, word-wrapped body text and a row of buttons.
public struct Modal: Widget {
    public var title: String
    public var body: String
    public var buttons: [String]
    public var selectedButton: Int
    /// The widest the text may run; the dialog shrinks to fit its content and the area.
    public var maxTextWidth: Int

    public init(title: String, body: String, buttons: [String] = ["OK"], selectedButton: Int = 0, maxTextWidth: Int = 60) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.maxTextWidth = maxTextWidth
    }

    /// The dialog's box inside `area`.
    public func frame(in area: Rect) -> Rect {
        let width = textWidth(in: area)
        let height = body.wrapped(toWidth: width).count + (buttons.isEmpty ? 0 : 2) + 2
        return area.centered(width: width + 4, height: height)
    }

    /// The button at `point` (for mouse clicks), if any.
    public func button(at point: Point, in area: Rect) -> Int? {
        buttonLayout(in: frame(in: area)).first { $0.frame.contains(point) }?.index
    }

    public func render(into canvas: inout Canvas, area: Rect, theme: Theme) {
        let box = frame(in: area)
        canvas.fill(box, style: theme.normal)
        let inner = canvas.border(box, title: title, style: theme.focusedBorder, titleStyle: theme.title).inset(left: 1, right: 1)
        for (line, text) in body.wrapped(toWidth: inner.width).enumerated() {
            canvas.write(text, x: inner.minX, y: inner.minY + line, style: theme.normal, clippedTo: inner)
        }
        for button in buttonLayout(in: box) {
            let style = button.index == selectedButton ? theme.selected : theme.normal
            canvas.write(button.label, at: button.frame.origin, style: style, clippedTo: inner)
        }
    }

    private func textWidth(in area: Rect) -> Int {
        let natural = max(body.split(whereSeparator: \.isNewline).map { DisplayWidth.of($0) }.max() ?? 0,
                          buttonsWidth, title.displayWidth + 2)
        return max(1, min(natural, maxTextWidth, area.width - 4))
    }

    private var labels: [String] { buttons.map { "[ " + $0 + " ]" } }

    private var buttonsWidth: Int {
        labels.map(\.displayWidth).reduce(0, +) + max(0, labels.count - 1) * 2
    }

    /// Buttons centred on the last row inside the border.
    private func buttonLayout(in box: Rect) -> [(index: Int, label: String, frame: Rect)] {
        var x = box.minX + max(1, (box.width - buttonsWidth) / 2)
        return labels.enumerated().map { index, label in
            defer { x += label.displayWidth + 2 }
            return (index, label, Rect(x: x, y: box.maxY - 2, width: label.displayWidth, height: 1))
        }
    }
}
