import GRDBSQLite

/// Rows copied out of a statement as SQLite holds their values, for another thread to decode while
/// the reader steps on: decoding a million rows was a fifth of what the reading thread did.
/// Written by one thread, then handed over whole and only read (hence `Sendable`).
final class CopiedRows: @unchecked Sendable {
    /// One value of one column: TEXT only when it is ASCII (see `StoredText.ascii`); anything a
    /// decoder may not read from the copy is `other`, which sends the row to GRDB's decoding.
    enum Value {
        case null
        case integer(Int64)
        case real(Double)
        case text(start: Int, count: Int)
        case other
    }

    let width: Int32
    /// Unchecked for exclusivity, like `ByteBuffer`'s state: one thread at a time, never re-entered.
    @exclusivity(unchecked) private var values: [Value] = []
    private let texts = ByteBuffer(capacity: 1 << 20)

    init(width: Int32, capacity: Int) {
        self.width = width
        values.reserveCapacity(capacity * Int(width))
    }

    var count: Int { values.count / Int(width) }

    /// Copies the statement's current row.
    func append(_ columns: SQLiteColumns) {
        for column in 0..<width {
            switch columns.storageClass(column) {
            case SQLITE_NULL: values.append(.null)
            case SQLITE_INTEGER: values.append(.integer(columns.int64(column) ?? 0))
            case SQLITE_FLOAT: values.append(.real(columns.double(column) ?? 0))
            case SQLITE_TEXT:
                if let text = columns.text(column) {
                    values.append(.text(start: texts.count, count: text.count))
                    texts.append(text)
                } else {
                    values.append(.other)
                }
            default: values.append(.other)
            }
        }
    }

    subscript(row: Int) -> Row { Row(rows: self, base: row * Int(width)) }

    /// One copied row, read as `SQLiteColumns` reads the statement's, or nil where the copy cannot
    /// tell (text SQLite would make from a number, numbers it would make from text).
    struct Row: ColumnReader {
        let rows: CopiedRows
        let base: Int

        private func value(_ column: Int32) -> Value { rows.values[base + Int(column)] }

        func int64(_ column: Int32) -> Int64? {
            if case .integer(let value) = value(column) { return value }
            return nil
        }

        func double(_ column: Int32) -> Double? {
            switch value(column) {
            case .real(let value): value
            case .integer(let value): Double(value)
            default: nil
            }
        }

        func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard case .text(let start, let count) = value(column) else { return nil }
            return UnsafeBufferPointer(rebasing: rows.texts.bytes[start..<(start + count)])
        }

        func textValue(_ column: Int32) -> UnsafeBufferPointer<UInt8>? { text(column) }
    }
}
