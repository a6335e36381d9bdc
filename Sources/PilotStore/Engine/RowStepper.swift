import GRDB

/// A statement's rows one at a time, each read in place through `ColumnReader`: what
/// `audit verify` and `StoreSession.forEachInPlace` step, on SQLite (`SQLiteRowStepper`) and on
/// PostgreSQL (`PostgresCursor`) alike.
protocol RowStepper: AnyObject {
    associatedtype Columns: ColumnReader
    /// The current row; valid until the next `step()`.
    var columns: Columns { get }
    /// The current row as GRDB decodes it, for a value the column readers leave alone.
    func row() -> Row
    /// Moves to the next row; false once there is none.
    func step() throws -> Bool
    /// Ends the statement; what is left unread is never read.
    func close()
}

extension RowStepper {
    /// `body` for each row left, with its columns and GRDB's reading of it; then `close()`.
    func forEach(_ body: (Columns, () -> Row) throws -> Void) throws {
        defer { close() }
        while try step() { try body(columns, row) }
    }
}
