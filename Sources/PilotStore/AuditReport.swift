/// The outcome of `audit verify`.
public struct AuditReport: Sendable, Codable {
    /// A row whose current state is not the state its last audit entry recorded.
    public struct RowProblem: Sendable, Codable, Equatable, CustomStringConvertible {
        public var entity: String
        public var id: String
        public var problem: String
        public var description: String { "\(entity) \(id): \(problem)" }
    }

    public var entries: Int64
    public var headSeq: Int64
    public var headHash: String
    /// The first entry whose link or content does not verify.
    public var firstBrokenSeq: Int64?
    public var brokenReason: String?
    public var rowProblems: [RowProblem]
    public var anchorProblem: String?

    public var isIntact: Bool { firstBrokenSeq == nil && rowProblems.isEmpty && anchorProblem == nil }
}
