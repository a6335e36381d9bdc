import PilotKit

/// What the PHI guard does with one text column of a stored row.
enum TextColumnRule<Row> {
    /// Free text that can hold patient details: the guard's output is what is stored.
    case guarded(WritableKeyPath<Row, String>)
    /// A list of free-text entries, each through the guard.
    case guardedList(WritableKeyPath<Row, [String]>)
    /// Not free text, and why it cannot hold a patient's details.
    case unguarded(because: String)
}

/// A stored row that declares every text column it writes as guarded or not; the declarations
/// are all in `TextColumnPolicy.swift`.
protocol GuardedText {
    static var textColumns: [(name: String, rule: TextColumnRule<Self>)] { get }
}

extension GuardedText {
    /// Replaces every guarded column's text by `redact`'s output.
    mutating func redactText(_ redact: (String) -> String) {
        for (_, rule) in Self.textColumns {
            switch rule {
            case .guarded(let path): self[keyPath: path] = redact(self[keyPath: path])
            case .guardedList(let path): self[keyPath: path] = self[keyPath: path].map(redact)
            case .unguarded: break
            }
        }
    }
}
