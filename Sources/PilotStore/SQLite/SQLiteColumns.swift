import GRDB
import GRDBSQLite

/// The current row of a statement, read through SQLite's C API: GRDB's decoding looks each column
/// up by name and copies every text into a `String` (BENCHMARKS.md, "Why the fast paths").
/// Every `sqlite3_column_*` call locks the connection, so each value is read with as few as it
/// takes: the storage class is asked only when the value alone cannot tell.
struct SQLiteColumns: ColumnReader {
    let statement: SQLiteStatement

    /// GRDB reads every storage class with `sqlite3_column_int64`; zero may be NULL.
    func int64(_ column: Int32) -> Int64? {
        let value = sqlite3_column_int64(statement, column)
        return value == 0 && isNull(column) ? nil : value
    }

    func double(_ column: Int32) -> Double? {
        let value = sqlite3_column_double(statement, column)
        return value == 0 && isNull(column) ? nil : value
    }

    /// GRDB reads every storage class with `String(cString: sqlite3_column_text(...))`: text up to
    /// any NUL. Valid until the statement moves.
    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        sqlite3_column_text(statement, column).flatMap(StoredText.ascii)
    }

    func textValue(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        sqlite3_column_type(statement, column) == SQLITE_TEXT ? text(column) : nil
    }

    /// `.some(nil)` for NULL, else the integer.
    func optionalInt64(_ column: Int32) -> Int64?? { .some(int64(column)) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }
}
