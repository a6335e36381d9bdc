import PilotKit

/// The outcome of `audit verify`.
public struct AuditReport: Sendable, Codable {
    /// A row whose current state is not the state its last audit entry recorded.
    public struct RowProblem: Sendable, Codable, Equatable, CustomStringConvertible {
        public var entity: String
        public var id: String
        public var problem: String
        public var description: String { "\(entity) \(id): \(problem)" }
    }

    /// A well-formed entry its actor had no authority to write, by the roles the log itself
    /// records for them at the time (`AuditAuthority`).
    public struct EntryProblem: Sendable, Codable, Equatable, CustomStringConvertible {
        public var seq: Int64
        public var problem: String
        public var description: String { "seq \(seq): \(problem)" }
    }

    public var entries: Int64
    public var headSeq: Int64
    public var headHash: String
    /// The first entry whose link or content does not verify.
    public var firstBrokenSeq: Int64?
    public var brokenReason: String?
    public var rowProblems: [RowProblem]
    public var anchorProblem: String?
    public var unauthorized: [EntryProblem] = []
    /// Where the audit filter's block index (`AuditBlocks`) disagrees with the log.
    public var indexProblems: [String] = []
    /// Triggers added, dropped or replaced outside Pilotdeck.
    public var triggerProblems: [String] = []
    /// Where the derived tables disagree with the rows they count: the metric sums the gates read
    /// (`measurement_sum`), the feedback tallies (`feedback_tally`, `feedback_tag_tally`).
    public var sumProblems: [String] = []

    public var isIntact: Bool {
        firstBrokenSeq == nil && rowProblems.isEmpty && anchorProblem == nil && unauthorized.isEmpty && indexProblems.isEmpty
            && triggerProblems.isEmpty && sumProblems.isEmpty
    }

    /// Text from the log (a login, an entity) fit for a problem line: control characters, which a
    /// broken chain may carry, as '?'. Not `Text.sanitized`: its PHI guard could take a login for
    /// a name.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { Text.isControl($0) ? "?" : $0 }))
    }

    /// Every problem as one line, each kind capped at `limit` lines and a count of the rest.
    public func lines(limit: Int = 100) -> [String] {
        func capped(_ label: String, _ items: [String], noun: String) -> [String] {
            items.prefix(limit).map { "\(label) \($0)" } + (items.count > limit ? ["... and \(items.count - limit) more \(noun)"] : [])
        }
        return (firstBrokenSeq.map { ["BROKEN at entry \($0): \(brokenReason ?? "")"] } ?? [])
            + (anchorProblem.map { ["ANCHOR: \($0)"] } ?? [])
            + capped("TRIGGER", triggerProblems, noun: "triggers")
            + capped("UNAUTHORIZED", unauthorized.map(\.description), noun: "entries")
            + capped("TAMPERED", rowProblems.map(\.description), noun: "rows")
            + capped("INDEX", indexProblems, noun: "index problems")
            + capped("SUMS", sumProblems, noun: "sums")
    }
}
