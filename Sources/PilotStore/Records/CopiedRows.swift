/// Rows copied out of a statement, for another thread to decode while the reader steps on, so the
/// reading thread only reads (BENCHMARKS.md, "Why the fast paths"). Each value is copied as the
/// one reading its decoder makes of it (`ColumnReading`), so the copy costs as few engine calls as
/// that reading. Written by one thread, then handed over whole and only read (hence `Sendable`).
final class CopiedRows: @unchecked Sendable {
    /// One column's reading; `unread` where the column reader answered nil, which sends the row to
    /// GRDB's decoding.
    enum Value {
        case unread
        case null
        case integer(Int64)
        case real(Double)
        case text(start: Int, count: Int)
        case textValue(start: Int, count: Int)
    }

    private let readings: [ColumnReading]
    /// Unchecked for exclusivity, like `ByteBuffer`'s state: one thread at a time, never re-entered.
    @exclusivity(unchecked) private var values: [Value] = []
    private let texts = ByteBuffer(capacity: 1 << 20)

    init(readings: [ColumnReading], capacity: Int) {
        self.readings = readings
        values.reserveCapacity(capacity * readings.count)
    }

    var width: Int32 { Int32(readings.count) }
    var count: Int { values.count / readings.count }

    /// Copies the statement's current row.
    func append(_ columns: some ColumnReader) {
        for (column, reading) in zip(Int32(0)..., readings) {
            switch reading {
            case .integer: values.append(columns.int64(column).map(Value.integer) ?? .unread)
            case .real: values.append(columns.double(column).map(Value.real) ?? .unread)
            case .optionalReal: values.append(columns.isNull(column) ? .null : columns.double(column).map(Value.real) ?? .unread)
            case .text: values.append(columns.text(column).map { copy($0, Value.text) } ?? .unread)
            case .textValue: values.append(columns.textValue(column).map { copy($0, Value.textValue) } ?? .unread)
            case .optionalTextValue:
                values.append(columns.isNull(column) ? .null : columns.textValue(column).map { copy($0, Value.textValue) } ?? .unread)
            }
        }
    }

    private func copy(_ text: UnsafeBufferPointer<UInt8>, _ value: (Int, Int) -> Value) -> Value {
        defer { texts.append(text) }
        return value(texts.count, text.count)
    }

    subscript(row: Int) -> Row { Row(rows: self, base: row * Int(width)) }

    /// One copied row, answering each reading only as it was copied; nil for any other.
    struct Row: ColumnReader {
        let rows: CopiedRows
        let base: Int

        private func value(_ column: Int32) -> Value { rows.values[base + Int(column)] }

        func int64(_ column: Int32) -> Int64? {
            if case .integer(let value) = value(column) { return value }
            return nil
        }

        func double(_ column: Int32) -> Double? {
            if case .real(let value) = value(column) { return value }
            return nil
        }

        func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            switch value(column) {
            case .text(let start, let count), .textValue(let start, let count): bytes(start, count)
            default: nil
            }
        }

        func textValue(_ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard case .textValue(let start, let count) = value(column) else { return nil }
            return bytes(start, count)
        }

        func isNull(_ column: Int32) -> Bool {
            if case .null = value(column) { return true }
            return false
        }

        private func bytes(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: rows.texts.bytes[start..<(start + count)])
        }
    }
}
