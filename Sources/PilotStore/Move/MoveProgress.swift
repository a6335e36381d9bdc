/// What a move is doing, for a progress line or bar: each step once, and each table's rows as
/// they are sent.
public enum MoveProgress: Sendable {
    /// The file's chain verified; `entries` entries up to `head`.
    case verifiedSource(entries: Int64, head: AuditAnchor)
    /// `copied` of the table's `total` rows are on the server.
    case copying(table: String, copied: Int, total: Int)
    /// The table is whole on the server.
    case copiedTable(table: String, rows: Int)
    /// The copy is being verified inside its transaction.
    case verifyingTarget
    /// Committed and sealed; the server gathers its planner's statistics of the new rows.
    case analyzing
}
