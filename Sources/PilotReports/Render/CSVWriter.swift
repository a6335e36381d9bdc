import Foundation

/// A report as RFC 4180 CSV in one long table: every row is one fact, `section,key,label,field,value`
/// (the part of the report, the thing's stable key, its human name, the attribute, its value), so
/// every row has the same five fields whatever the report holds, and a spreadsheet filters or
/// pivots it (the portfolio report puts a one-row-per-pilot table before it). CRLF line ends;
/// fields quoted when they hold a comma, quote or line break; cells a spreadsheet would run as a
/// formula are neutralised with a leading `'` (OWASP CSV injection).
struct CSVWriter {
    static let header = ["section", "key", "label", "field", "value"]

    private var lines = [Self.line(Self.header)]

    /// One row per field of one thing.
    mutating func add(_ section: String, key: String = "", label: String = "", _ fields: [(String, String)]) {
        for (field, value) in fields { lines.append(Self.line([section, key, label, field, value])) }
    }

    var text: String { lines.joined(separator: "\r\n") + "\r\n" }

    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    static func field(_ text: String) -> String {
        let value = startsFormula(text) ? "'" + text : text
        // By bytes: a comma, quote or line break is one ASCII byte, whatever the characters around it.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `=`, `+`, `-`, `@`, tab or CR first would start a formula; a plain number like -0.44 is left
    /// alone so figures stay figures.
    static func startsFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first, "=+-@\t\r".utf8.contains(first) else { return false }
        return !isPlainNumber(text)
    }

    static func isPlainNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    // MARK: - Values

    static func number(_ value: Double?) -> String { value.map(Display.number) ?? "" }
    static func flag(_ value: Bool) -> String { value ? "true" : "false" }
}
