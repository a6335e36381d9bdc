/// One bulk table stepped in id order beside the audit log, on the same read transaction: each
/// row the next entry inserted is copied into that entry's batch (`LiveRowPairs`); rows no entry
/// claims as they go by are copied for hashing on their own (`CopiedRows`).
protocol BulkTableCursor: AnyObject {
    /// The table's entity, as the audit log spells it.
    var entity: [UInt8] { get }
    /// Pairs the row `id`, if it is the next, with the entry at `entry` in `batch`.
    func pair(_ id: Int64, entry: Int, in batch: inout AuditChainBatch) throws
    /// Hands every row not yet read to `unpaired`.
    func finish() throws
}

/// `BulkTableCursor` over `R`'s table, read in place by either engine's `RowStepper`.
final class TypedTableCursor<R: BulkRecord, Rows: RowStepper>: BulkTableCursor {
    let entity = Array(R.entity.utf8)
    private let rows: Rows
    private let unpaired: (CopiedRows) -> Void
    private var copies = CopiedRows(readings: R.copiedReadings, capacity: AuditVerifier.rowBatch)
    /// The id of the current row; nil once the table is read.
    private var current: Int64?
    /// This table's pairs in the batch being filled, which starts at `pairsBatch`.
    private var pairs = TypedRowPairs<R>()
    private var pairsBatch = -1

    /// `rows` steps `R.selectSQL` in id order (`R.inIDOrderSQL`).
    init(_ rows: Rows, unpaired: @escaping (CopiedRows) -> Void) throws {
        self.rows = rows
        self.unpaired = unpaired
        try step()
    }

    func pair(_ id: Int64, entry: Int, in batch: inout AuditChainBatch) throws {
        while let current, current < id { try skip() }
        guard current == id else { return }
        if pairsBatch != batch.start {
            pairs = TypedRowPairs<R>()
            pairsBatch = batch.start
            batch.add(pairs)
        }
        pairs.append(rows.columns, entry: entry)
        try step()
    }

    func finish() throws {
        while current != nil { try skip() }
        unpaired(copies)
        rows.close()
    }

    private func skip() throws {
        copies.append(rows.columns)
        if copies.count == AuditVerifier.rowBatch {
            unpaired(copies)
            copies = CopiedRows(readings: R.copiedReadings, capacity: AuditVerifier.rowBatch)
        }
        try step()
    }

    private func step() throws {
        current = try rows.step() ? rows.columns.int64(Int32(R.columns.count)) : nil
    }
}
