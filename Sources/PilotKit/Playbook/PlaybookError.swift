import Foundation

/// A refusal of a playbook file that points the editor at the line and field to fix, as one line:
/// `Pilots/ambient-scribe.yaml:42: stages[3].cohort_cap: 'many' is not a whole number`.
public struct PlaybookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the caller named it.
    public let file: String
    /// 1-based line; nil when the file could not be read at all.
    public let line: Int?
    /// The field path, e.g. `stages[3].cohort_cap`; empty for YAML syntax errors.
    public let field: String
    public let message: String

    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(place): \(message)" : "\(place): \(field): \(message)"
    }
}
