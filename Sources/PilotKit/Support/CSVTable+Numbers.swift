import Foundation

extension CSVTable.Record {
    /// A decimal number cell (`12`, `-3.5`, `.5`, `1e3`), or a refusal naming line and column.
    /// `Double(String)` alone would also take hex (`0x1A`), `nan`, `inf`, and stop at a NUL.
    public func decimal(_ column: String) throws -> Double {
        let text = try value(column).trimmingCharacters(in: .whitespaces)
        guard Self.isDecimal(text), let number = Double(text), number.isFinite else {
            throw FieldError("line \(line)", "\(column) '\(Text.sanitized(try value(column)))' is not a decimal number; write digits such as 12 or 12.5")
        }
        return number
    }

    /// A whole number cell (`12`, `-3`), or a refusal naming line and column.
    public func wholeNumber(_ column: String) throws -> Int {
        let text = try value(column).trimmingCharacters(in: .whitespaces)
        guard let number = Int(text) else {
            throw FieldError("line \(line)", "\(column) '\(Text.sanitized(try value(column)))' is not a whole number; write digits such as 12")
        }
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
