import Foundation

/// One piece of a section's content.
enum Block: Hashable, Sendable {
    /// Labelled values, e.g. the tool's hosting and contract terms.
    case facts([Fact])
    /// A titled passage of (possibly multi-line) text, e.g. the problem statement.
    case passage(title: String, text: String)
    /// A remark that deserves attention, e.g. too few samples.
    case note(Tone, String)
    case table(DataTable)
    /// Charts shown side by side where there is room.
    case charts([Chart])
}

/// One label and its value.
struct Fact: Hashable, Sendable {
    var label: String
    var value: String
    var tone: Tone = .plain
}

/// How a value reads at a glance; always beside words saying the same, never colour alone.
enum Tone: String, Hashable, Sendable {
    case plain, good, caution, bad
}
