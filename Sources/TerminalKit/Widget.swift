/// A value that draws itself into an area of a canvas. Widgets hold no terminal state: rendering
/// is a pure function of the widget, the area and the theme.
public protocol Widget {
    func render(into canvas: inout Canvas, area: Rect, theme: Theme)
}

extension Canvas {
    /// Renders `widget` into `area`.
    public mutating func render(_ widget: some Widget, in area: Rect, theme: Theme) {
        widget.render(into: &self, area: area, theme: theme)
    }
}
