import Foundation

/// Numbers as a person writes them in a CSV cell or on the command line. `Double(String)` alone
/// would also take hex (`0x1A`), `nan`, `inf`, and stop at a NUL.
public enum NumberText {
    /// A finite decimal number (`12`, `-3.5`, `.5`, `1e3`) after trimming spaces, else nil.
    public static func decimal(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard isDecimal(trimmed), let number = Double(trimmed), number.isFinite else { return nil }
        return number
    }

    /// Optional sign, ASCII digits with at most one point, an optional decimal exponent.
    static func isDecimal(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        func digits() -> Int {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        var mantissa = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
