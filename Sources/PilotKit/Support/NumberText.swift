import Foundation

/// Numbers as a person writes them in a CSV cell or on the command line (`Double(String)` alone
/// would also take hex (`0x1A`), `nan`, `inf`, and stop at a NUL), and as every figure is shown.
public enum NumberText {
    /// What a figure that does not exist shows: a baseline never measured, a metric without values.
    public static let missing = "—"

    /// The one way a figure is shown, in the dashboard, the CLI, the reports and the gate: whole
    /// numbers as they are, others to three significant digits at most (enough for a measurement
    /// beside its interval, which is no more precise), never an exponent or a negative zero, and
    /// the same on every machine (no locale).
    public static func display(_ value: Double?) -> String {
        guard let value else { return missing }
        guard value.isFinite else { return "n/a" }
        if value == value.rounded(), abs(value) < 1e15 { return value == 0 ? "0" : String(Int(value)) }
        let magnitude = Int(floor(log10(abs(value))))
        return fixed(value, decimals: min(4, max(0, 2 - magnitude)))
    }

    /// `value` rounded to `decimals` places as `%.Nf` rounds it (the exact binary value, ties to
    /// even), trailing zeros and point dropped, "0" for anything that rounds to zero; without
    /// Foundation's formatting, which was a twentieth of a portfolio report. `value` times
    /// 10^decimals is split exactly into its double and the rounding error (a fused multiply-add),
    /// so the error decides a value that looks like a tie. `value` is finite and `decimals` at
    /// most 4; from 1e15 on, where the scaled number might not fit an integer, `%.Nf` itself.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard abs(value) < 1e15 else {
            var text = String(format: "%.\(decimals)f", value)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text
        }
        let scale = [1.0, 10, 100, 1_000, 10_000][decimals]
        let magnitude = abs(value)
        let product = magnitude * scale
        let error = (-product).addingProduct(magnitude, scale)
        let whole = product.rounded(.down)
        let fraction = product - whole
        var units = Int64(whole)
        if fraction > 0.5 || (fraction == 0.5 && (error > 0 || (error == 0 && !units.isMultiple(of: 2)))) { units += 1 }
        guard units > 0 else { return "0" }
        let power = Int64(scale)
        var text = value < 0 ? "-" : ""
        text += String(units / power)
        var rest = units % power
        guard rest > 0 else { return text }
        var digits = decimals
        while rest.isMultiple(of: 10) {
            rest /= 10
            digits -= 1
        }
        let fractionText = String(rest)
        text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        return text
    }

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
