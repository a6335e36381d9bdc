/// Rows of one bulk table copied beside the audit entries that recorded them, in the same chain
/// batch, so that a worker compares each row's audit JSON with its entry's `after` state byte for
/// byte rather than through a SHA-256 digest of each (BENCHMARKS.md, "Why the fast paths").
protocol LiveRowPairs: AnyObject, Sendable {
    var entity: String { get }
    var count: Int { get }
    /// The place, in its batch, of the entry pair `pair` belongs to.
    func entry(_ pair: Int) -> Int
    func rowID(_ pair: Int) -> Int64
    /// Whether pair `pair`'s row writes `state`; nil when it cannot be decoded from the copy. A
    /// row decoded is added to `totals`.
    func matches(_ pair: Int, _ state: UnsafeBufferPointer<UInt8>, json: AuditJSONWriter, totals: inout DerivedTotals) throws -> Bool?
}

/// `LiveRowPairs` of one record type. Filled by the reading thread, then only read by a worker.
final class TypedRowPairs<R: BulkRecord>: LiveRowPairs, @unchecked Sendable {
    private let rows = CopiedRows(readings: R.copiedReadings, capacity: AuditChainBatch.capacity)
    private var entries: [Int] = []

    var entity: String { R.entity }
    var count: Int { entries.count }

    /// Copies the statement's current row for the entry at `entry` in the batch.
    func append(_ columns: some ColumnReader, entry: Int) {
        rows.append(columns)
        entries.append(entry)
    }

    func entry(_ pair: Int) -> Int { entries[pair] }

    func rowID(_ pair: Int) -> Int64 { rows[pair].int64(rows.width - 1) ?? 0 }

    func matches(_ pair: Int, _ state: UnsafeBufferPointer<UInt8>, json: AuditJSONWriter, totals: inout DerivedTotals) throws -> Bool? {
        guard let record = R(columns: rows[pair]) else { return nil }
        record.total(into: &totals)
        json.removeAll()
        try record.write(to: json)
        return AuditVerifier.equal(json.bytes, state)
    }
}
