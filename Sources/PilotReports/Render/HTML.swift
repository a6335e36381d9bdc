import Foundation

/// Escaping for HTML text and attribute values alike.
enum HTML {
    /// Every character that can open markup or end an attribute becomes an entity.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { special.contains($0) }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// The bytes `escape` replaces, each one ASCII byte whatever the characters around it.
    private static let special = Set("&<>\"'".utf8)

    /// Escaped text whose line breaks stay visible.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br>")
    }
}
