import Foundation
import PilotKit

/// The primitives every chart is drawn with: coordinates rounded to one decimal so output is
/// stable, text escaped, styling left to the page's CSS classes. No `xmlns`: the HTML parser puts
/// inline `<svg>` in the SVG namespace itself, and the page makes no external reference.
struct SVGCanvas {
    enum Anchor: String {
        case start, middle, end
    }

    let width: Double
    let height: Double
    private var elements: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: String) {
        elements.append("<line x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" class=\"\(name)\"/>")
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, class name: String) {
        elements.append(
            "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\" class=\"\(name)\"/>")
    }

    mutating func circle(_ x: Double, _ y: Double, radius: Double, class name: String) {
        elements.append("<circle cx=\"\(Self.f(x))\" cy=\"\(Self.f(y))\" r=\"\(Self.f(radius))\" class=\"\(name)\"/>")
    }

    mutating func polyline(_ points: [(x: Double, y: Double)], class name: String) {
        let list = points.map { "\(Self.f($0.x)),\(Self.f($0.y))" }.joined(separator: " ")
        elements.append("<polyline points=\"\(list)\" class=\"\(name)\"/>")
    }

    /// Text at a point; `vertical` turns it to read bottom-up (an axis title).
    mutating func text(_ text: String, x: Double, y: Double, anchor: Anchor = .start, class name: String = "label", vertical: Bool = false) {
        let turn = vertical ? " transform=\"rotate(-90 \(Self.f(x)) \(Self.f(y)))\"" : ""
        elements.append(
            "<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" text-anchor=\"\(anchor.rawValue)\" class=\"\(name)\"\(turn)>\(HTML.escape(text))</text>")
    }

    /// The finished `<svg>`, announced to assistive technology as an image with a title and description.
    func render(id: String, title: String, description: String) -> String {
        let size = "viewBox=\"0 0 \(Self.f(width)) \(Self.f(height))\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\""
        return (["<svg role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" \(size)>",
                 "<title id=\"\(id)-t\">\(HTML.escape(title))</title>",
                 "<desc id=\"\(id)-d\">\(HTML.escape(description))</desc>"]
            + elements + ["</svg>"]).joined(separator: "\n")
    }

    /// A coordinate to a tenth, as `%.1f` rounds it, without a trailing ".0" or a negative zero.
    static func f(_ value: Double) -> String { value.isFinite ? NumberText.fixed(value, decimals: 1) : "0" }
}
