/// What a move did: the rows it copied, per table in the order it copied them, and the head
/// both sides share.
public struct MoveReport: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Copied and verified.
        case copied
        /// The server already held exactly the file's chain, verified: an earlier run committed
        /// the copy and was stopped before it sealed the file.
        case foundCopied
    }

    public let outcome: Outcome
    /// Nothing was committed or sealed.
    public let dryRun: Bool
    public let source: String
    public let target: String
    public let tables: [(name: String, rows: Int)]
    public let head: AuditAnchor
    public let entries: Int64

    public var rows: Int { tables.reduce(0) { $0 + $1.rows } }
}
