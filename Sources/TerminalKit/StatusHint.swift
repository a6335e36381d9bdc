/// A key and what it does, as the status bar shows it: "q quit".
public struct StatusHint: Hashable, Sendable {
    public var keys: String
    public var hint: String

    public init(keys: String, hint: String) {
        self.keys = keys
        self.hint = hint
    }

    /// Columns between two hints.
    public static let spacing = 2

    /// Columns of "keys hint".
    public var displayWidth: Int { keys.displayWidth + 1 + hint.displayWidth }

    /// The leading hints that fit in `maxWidth` columns, in order, spaced by `spacing`.
    public static func fitting(_ hints: [StatusHint], maxWidth: Int) -> [StatusHint] {
        var used = 0
        var result: [StatusHint] = []
        for hint in hints {
            let needed = (result.isEmpty ? 0 : spacing) + hint.displayWidth
            guard used + needed <= maxWidth else { break }
            used += needed
            result.append(hint)
        }
        return result
    }
}
