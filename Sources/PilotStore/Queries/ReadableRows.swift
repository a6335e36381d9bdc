/// The rows of a list that could be read, and a problem naming each one that could not: one row
/// changed outside Pilotdeck into something unreadable hides only itself.
public struct ReadableRows<Record: Sendable>: Sendable {
    public var records: [Record] = []
    public var unreadable: [AuditReport.RowProblem] = []
}
