import Foundation

/// Escaping for GitHub-flavoured Markdown: text stays literal and on one source line whatever it
/// contains, so it can neither format itself, link, inject HTML nor break a table row.
enum Markdown {
    /// Characters with inline meaning: emphasis, code, links, tables, strikethrough, math, and
    /// `#`, which would otherwise end a heading early.
    static let backslashed: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~", "$", "#"]

    static func inline(_ text: String) -> String {
        if isLiteral(text) { return text }
        var out = ""
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for (index, character) in zip(trimmed.indices, trimmed) {
            switch character {
            case "&" where startsEntity(trimmed[trimmed.index(after: index)...]): out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n": out += "<br>"
            case _ where backslashed.contains(character): out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text `inline` would leave as it is: no byte with meaning (`&`, `<`, `>`, a line break or one
    /// of `backslashed`) and no space, tab or other ASCII break at either end to trim.
    static func isLiteral(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        func trimmed(_ byte: UInt8) -> Bool { byte >= 0x80 || byte <= 0x20 }
        return !trimmed(first) && !trimmed(last) && !text.utf8.contains(where: { meaningful.contains($0) })
    }

    private static let meaningful = Set("&<>\n\r".utf8).union(backslashed.flatMap(\.utf8))

    /// Whether the text after an `&` would make it a character reference (`&amp;`, `&#38;`,
    /// `&#x26;`): a name or number closed by `;`. Any other `&` (R&D, "a & b") is literal in
    /// Markdown and stays plain, so a report reads the same on a terminal.
    static func startsEntity(_ rest: Substring) -> Bool {
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        return !name.isEmpty && rest.dropFirst(name.count).first == ";"
    }

    /// Inline text that opens a block (a paragraph, a quote), where a leading `+`, `-`, `=` or
    /// `12.` would turn it into a list or a rule; inside a table cell or after a label it cannot.
    static func paragraph(_ text: String) -> String {
        let out = inline(text)
        guard let first = out.first else { return out }
        if "+-=".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = out.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// A table row: every cell escaped, so `|` in data can never add a column.
    static func row(_ cells: [String]) -> String {
        "| " + cells.map { inline($0) }.joined(separator: " | ") + " |"
    }
}
