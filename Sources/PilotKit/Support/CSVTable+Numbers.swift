import Foundation

extension CSVTable.Record {
    /// A decimal number cell (`12`, `-3.5`, `.5`, `1e3`), or a refusal naming line and column;
    /// never hex, `nan` or a number cut at a NUL (see `NumberText`).
    public func decimal(_ column: String) throws -> Double {
        guard let number = NumberText.decimal(try value(column)) else {
            throw FieldError("line \(line)", "\(column) '\(Text.sanitized(try value(column)))' is not a decimal number; write digits such as 12 or 12.5")
        }
        return number
    }

    /// A whole number cell (`12`, `-3`), or a refusal naming line and column.
    public func wholeNumber(_ column: String) throws -> Int {
        guard let number = Int(try value(column).trimmingCharacters(in: .whitespaces)) else {
            throw FieldError("line \(line)", "\(column) '\(Text.sanitized(try value(column)))' is not a whole number; write digits such as 12")
        }
        return number
    }
}
