import Foundation

/// A structural HTML5 check: a doctype first, every tag well formed with quoted attributes,
/// non-void elements closed in order, nothing after `</html>`, and raw `<` or `>` never in text.
enum HTMLStructure {
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link", "source", "col", "area", "base", "wbr"]
    /// SVG shapes written self-closing (`<line .../>`), allowed inside `<svg>` only.
    static let svgShapes: Set<String> = ["line", "rect", "circle", "polyline", "path"]

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// The tag names in document order, after checking the structure.
    @discardableResult
    static func check(_ html: String) throws -> [String] {
        guard html.hasPrefix("<!DOCTYPE html>\n") else { throw Problem(description: "does not start with <!DOCTYPE html>") }
        var rest = Substring(html.dropFirst("<!DOCTYPE html>\n".count))
        var open: [String] = []
        var seen: [String] = []
        var rawTextElement: String?
        while true {
            if let element = rawTextElement {
                guard let close = rest.range(of: "</\(element)>") else { throw Problem(description: "<\(element)> is never closed") }
                rest = rest[close.lowerBound...]
            }
            guard let start = rest.firstIndex(where: { $0 == "<" || $0 == ">" }) else { break }
            if rest[start] == ">" { throw Problem(description: "a raw > in text after \(rest[..<start].suffix(40))") }
            guard let end = rest[start...].firstIndex(of: ">") else { throw Problem(description: "an unclosed tag") }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard open.last == name else { throw Problem(description: "</\(name)> closes <\(open.last ?? "nothing")>") }
                open.removeLast()
                rawTextElement = nil
                continue
            }
            let name = String(tag.prefix { $0.isLetter || $0.isNumber }).lowercased()
            guard !name.isEmpty, name.first!.isLetter else { throw Problem(description: "a malformed tag <\(tag.prefix(40))>") }
            try checkAttributes(tag.dropFirst(name.count), of: name)
            seen.append(name)
            if tag.hasSuffix("/") {
                guard svgShapes.contains(name), open.contains("svg") else { throw Problem(description: "<\(name)/> self-closes outside SVG") }
            } else if !voidElements.contains(name) {
                open.append(name)
                if name == "style" || name == "title" && !open.contains("svg") { rawTextElement = name }
            }
        }
        guard open.isEmpty else { throw Problem(description: "unclosed: \(open.joined(separator: ", "))") }
        guard rest.allSatisfy(\.isWhitespace) else { throw Problem(description: "text after </html>") }
        guard seen.first == "html" else { throw Problem(description: "the root element is not <html>") }
        return seen
    }

    /// Attributes as `name="value"` or bare names; values never hold a raw quote or `<`.
    static func checkAttributes(_ text: Substring, of element: String) throws {
        var rest = text.drop { $0.isWhitespace }
        if rest.hasSuffix("/") { rest = rest.dropLast() }
        while !rest.isEmpty {
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == ":" }
            guard !name.isEmpty else { throw Problem(description: "a malformed attribute in <\(element)>: \(rest.prefix(40))") }
            rest = rest.dropFirst(name.count)
            if rest.first == "=" {
                rest = rest.dropFirst()
                guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else {
                    throw Problem(description: "an unquoted value of \(name) in <\(element)>")
                }
                let value = rest[rest.index(after: rest.startIndex)..<close]
                if value.contains("<") { throw Problem(description: "a raw < in attribute \(name) of <\(element)>") }
                rest = rest[rest.index(after: close)...]
            }
            rest = rest.drop { $0.isWhitespace }
        }
    }
}
