import Foundation

/// A closed set of values with a stable lowercase label used in files, the CLI and the database.
public protocol Labeled: RawRepresentable, CaseIterable, Codable, Hashable, Sendable
where RawValue == String {
    /// Words a person reads (tables, reports).
    var title: String { get }
}

extension Labeled {
    public var title: String { rawValue.replacingOccurrences(of: "-", with: " ") }

    /// Every label, for error messages and completion.
    public static var labels: [String] { allCases.map(\.rawValue) }

    /// Parses a label, or fails naming the field and the accepted labels.
    public static func parse(_ text: String, field: String) throws -> Self {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-")
        if let value = Self(rawValue: wanted) { return value }
        throw FieldError(field, "'\(Text.sanitized(text))' is not one of \(labels.joined(separator: ", "))")
    }
}
