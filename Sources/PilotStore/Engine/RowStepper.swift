/// A statement's rows one at a time, each read in place through `ColumnReader`: what
/// `TypedTableCursor` steps beside the audit log, on SQLite (`SQLiteRowStepper`) and on
/// PostgreSQL (`PostgresCursor`) alike.
protocol RowStepper: AnyObject {
    associatedtype Columns: ColumnReader
    /// The current row; valid until the next `step()`.
    var columns: Columns { get }
    /// Moves to the next row; false once there is none.
    func step() throws -> Bool
    /// Ends the statement; what is left unread is never read.
    func close()
}
