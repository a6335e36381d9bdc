import Crypto
import Foundation
import GRDB

/// `audit verify` over one read transaction, on either engine. The database is read on the calling
/// thread (straight from its columns where they hold what Pilotdeck writes: SQLite's, or libpq's
/// buffers; through GRDB's decoding otherwise), while `AuditWorkers` hash on the other cores:
/// batches of entries for the chain and the `after` states, batches of rows for their current
/// states. Measurements and feedback are read beside the entries that inserted them
/// (`BulkTableCursor`), so those rows are compared with their states byte for byte rather than
/// through two digests. Workers see only what this one transaction read, so a write committed
/// meanwhile can never produce a false report. As the entries go by, the reading thread also
/// replays authority (`AuditAuthority`) and the filter's index (`AuditBlockIndex`) from their raw
/// bytes; the triggers are held to the migrations' (`AuditSchema`, `PostgresTriggers`).
struct AuditVerifier {
    let db: any StoreSession
    /// The SQLite connection under `db`, for the column readers; nil on PostgreSQL.
    private let sqlite: Database?
    let anchor: AuditAnchor?
    private var report = AuditReport(
        entries: 0, headSeq: 0, headHash: AuditEntry.genesisHash, firstBrokenSeq: nil, brokenReason: nil, rowProblems: [],
        anchorProblem: nil)
    private var states = AuditedStates()
    /// The first entry found missing or unlinked while reading, before any content is hashed.
    private var firstUnlinked: (index: Int, seq: Int64, reason: String)?
    private var expectedSeq: Int64 = 1
    private var previousHash = Array(AuditEntry.genesisHash.utf8)
    private var lastAt: (text: [UInt8], milliseconds: Int64)?
    private let chain = AuditWorkers<AuditChainBatch.Checked>(limit: 4)
    private let rows = AuditWorkers<LiveStates>(limit: 4)
    private var cursors: [any BulkTableCursor] = []
    private var authority = AuditAuthority()
    private var blockIndex = AuditBlockIndex()
    /// Rows that cannot be decoded, by entity, each already a problem naming it.
    private var unreadable: [String: [AuditReport.RowProblem]] = [:]

    /// The current states of some rows of one table: each row's key, and SHA-256 of its audit
    /// JSON, 32 bytes per row; the ids of rows left for GRDB to read; and what the rows decoded
    /// here add up to.
    struct LiveStates: Sendable {
        let entity: String
        var keys: [AuditKey] = []
        var digests: [UInt8] = []
        var unread: [Int64] = []
        var totals = DerivedTotals()

        mutating func append(_ key: AuditKey, _ json: AuditJSONWriter) {
            keys.append(key)
            SHA256.hash(data: UnsafeRawBufferPointer(json.bytes)).withUnsafeBytes { digests.append(contentsOf: $0) }
        }
    }

    static let rowBatch = 4096
    /// Every entry, in order, with what its hash covers and the hash.
    static let chainSQL = "SELECT \(AuditChainInput.columns), hash FROM audit ORDER BY seq"
    /// Ids a statement of `reread` asks for.
    static let rereadChunk = 500

    init(db: any StoreSession, anchor: AuditAnchor?) {
        self.db = db
        sqlite = (db as? SQLiteSession)?.db
        self.anchor = anchor
    }

    mutating func run() throws -> AuditReport {
        defer {
            chain.wait()
            rows.wait()
        }
        try db.readingAhead {
            for case let bulk as any BulkRecord.Type in PilotDatabase.auditedTypes { cursors.append(try cursor(bulk)) }
            try readChain()
            for cursor in cursors { try cursor.finish() }
            for type in PilotDatabase.auditedTypes where !(type is any BulkRecord.Type) { try readRows(type) }
        }
        let checked = try chain.results()
        let mismatch = checked.lazy.compactMap(\.firstMismatch).first
        if let unlinked = firstUnlinked, unlinked.index <= mismatch?.index ?? .max {
            report.firstBrokenSeq = unlinked.seq
            report.brokenReason = unlinked.reason
        } else if let mismatch {
            report.firstBrokenSeq = mismatch.seq
            report.brokenReason = "its content does not match its hash"
        }
        if let anchor, anchor.seq > report.headSeq {
            report.anchorProblem =
                "the chain ends at \(report.headSeq), before the anchor's entry \(anchor.seq): entries were removed"
        }
        report.headHash = String(decoding: previousHash, as: UTF8.self)
        report.sumProblems = try compareRows(with: checked).problems(db)
        if let sqlite {
            let schema = try AuditSchema.expected(for: sqlite)
            let found = try AuditSchema(sqlite)
            report.triggerProblems = found.triggerProblems(expected: schema)
            if schema.tables.contains("audit_block") {
                report.indexProblems =
                    found.tables.contains("audit_block")
                    ? try blockIndex.problems(db) : ["the audit filter's index (table audit_block) is missing"]
            }
        } else {
            report.triggerProblems = try PostgresTriggers.problems(db)
            report.indexProblems = try db.readingAhead { try blockIndex.problems(db) }
        }
        return report
    }

    // MARK: - The chain

    private mutating func readChain() throws {
        var batch = AuditChainBatch(start: 0)
        if let sqlite {
            try SQLiteRowStepper(sqlite, sql: Self.chainSQL).forEach { columns, row in try readEntry(columns, into: &batch, row: row) }
        } else if let postgres = db as? PostgresSession {
            try postgres.openCursor(Self.chainSQL).forEach { columns, row in try readEntry(columns, into: &batch, row: row) }
        }
        submit(batch)
        authority.finish()
        report.unauthorized = authority.problems
    }

    /// One entry straight from its columns, or through GRDB's decoding of `row()` when they hold
    /// something the column reader cannot take.
    private mutating func readEntry<Columns: ColumnReader>(
        _ columns: Columns, into batch: inout AuditChainBatch, row: () -> Row
    ) throws {
        let input = batch.input
        let index = Int(report.entries)
        let at = columns.textValue(2).flatMap { milliseconds($0) }
        if let prevHash = columns.text(0), let seq = columns.int64(1), let at,
            let osLogin = columns.text(3), let personLogin = columns.text(4), let entity = columns.text(5),
            let entityID = columns.text(6), let pilotID = columns.optionalInt64(7), let action = columns.text(8),
            let before = columns.optionalText(9), let after = columns.optionalText(10), let hash = columns.text(11)
        {
            input.field(prevHash)
            input.field(seq)
            input.field(at)
            input.field(osLogin)
            input.field(personLogin)
            input.field(entity)
            input.field(entityID)
            input.field(pilotID: pilotID)
            input.field(action)
            input.field(state: before)
            input.field(state: after)
            batch.endEntry(seq: seq, afterLength: after?.count, hash: hash)
            try accept(
                index, seq: seq, prevHash: prevHash, hash: hash, entity: entity, key: AuditKey(utf8: entityID),
                deletes: after == nil, in: &batch)
            observe(AuditEntryBytes(
                seq: seq, at: at, osLogin: osLogin, personLogin: personLogin, entity: entity, entityID: entityID,
                action: action, before: before, after: after))
        } else {
            try readEntry(row(), into: &batch)
        }
        endEntry(&batch)
    }

    /// One entry through GRDB's decoding: on PostgreSQL, and on SQLite for a row the column
    /// reader cannot take.
    private mutating func readEntry(_ row: Row, into batch: inout AuditChainBatch) throws {
        let index = Int(report.entries)
        let entry = try AuditEntry(row: row)
        batch.input.entry(entry)
        entry.withBytes { observe($0) }
        try Self.withUTF8(entry.prevHash, entry.hash, entry.entity) { prevHash, hash, entity in
            batch.endEntry(seq: entry.seq, afterLength: entry.after?.utf8.count, hash: hash)
            try accept(
                index, seq: entry.seq, prevHash: prevHash, hash: hash, entity: entity, key: AuditKey(entry.entityID),
                deletes: entry.after == nil, in: &batch)
        }
    }

    /// Hands a full batch to the workers and starts the next.
    private mutating func endEntry(_ batch: inout AuditChainBatch) {
        guard batch.isFull else { return }
        submit(batch)
        batch = AuditChainBatch(start: Int(report.entries))
    }

    /// The replays that need every entry in order, fed without a `String` per entry.
    private mutating func observe(_ entry: AuditEntryBytes) {
        authority.observe(entry)
        blockIndex.observe(entry)
    }

    /// `StoredText.milliseconds`, remembered for the last text: every entry of a
    /// transaction carries the same one.
    private mutating func milliseconds(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        if let last = lastAt, last.text.withUnsafeBufferPointer({ Self.equal($0, text) }) { return last.milliseconds }
        let milliseconds = StoredText.milliseconds(text)
        lastAt = milliseconds.map { (Array(text), $0) }
        return milliseconds
    }

    /// The checks that need the entries in order: sequence, link, anchor; the newest state; and
    /// the bulk row the entry inserted, if it is the next of its table.
    private mutating func accept(
        _ index: Int, seq: Int64, prevHash: UnsafeBufferPointer<UInt8>, hash: UnsafeBufferPointer<UInt8>,
        entity: UnsafeBufferPointer<UInt8>, key: AuditKey, deletes: Bool, in batch: inout AuditChainBatch
    ) throws {
        report.entries += 1
        if firstUnlinked == nil {
            if seq != expectedSeq {
                firstUnlinked = (index, expectedSeq, "entry \(expectedSeq) is missing")
            } else if !previousHash.withUnsafeBufferPointer({ Self.equal($0, prevHash) }) {
                firstUnlinked = (index, seq, "its link to the previous entry is broken")
            }
        }
        if seq == anchor?.seq, let anchor, !anchor.hash.utf8.elementsEqual(hash) {
            report.anchorProblem = "entry \(anchor.seq) differs from the anchor: the chain was rewritten after it"
        }
        expectedSeq = seq + 1
        previousHash.removeAll(keepingCapacity: true)
        previousHash.append(contentsOf: hash)
        report.headSeq = seq
        states.record(entity: entity, key: key, entry: deletes ? AuditedStates.deleted : index)
        if !deletes, case .number(let id) = key,
            let cursor = cursors.first(where: { $0.entity.withUnsafeBufferPointer { Self.equal($0, entity) } })
        {
            try cursor.pair(id, entry: batch.count - 1, in: &batch)
        }
    }

    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The UTF-8 of three strings at once, for the rare entry read through GRDB's decoding.
    private static func withUTF8(
        _ a: String, _ b: String, _ c: String,
        _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        var (a, b, c) = (a, b, c)
        try a.withUTF8 { a in try b.withUTF8 { b in try c.withUTF8 { c in try body(a, b, c) } } }
    }

    private func submit(_ batch: AuditChainBatch) {
        chain.submit { try batch.check() }
    }

    // MARK: - The rows

    private mutating func readRows<R: StoredRecord>(_ type: R.Type) throws {
        let reader = RowReader<R>()
        var batch: [R] = []
        try db.forEachRow("SELECT * FROM \(R.databaseTableName)") { row in
            switch reader.decode(row) {
            case .success(let record): batch.append(record)
            case .failure(let problem): unreadable[R.entity, default: []].append(problem)
            }
            if batch.count == Self.rowBatch {
                submit(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        submit(batch)
    }

    /// A cursor over `R`'s table whose unpaired rows go to the workers to decode and hash; a row
    /// they cannot decode from its copy comes back by id, to be read through GRDB in this same
    /// transaction (`reread`).
    private func cursor<R: BulkRecord>(_ type: R.Type) throws -> any BulkTableCursor {
        let rows = rows
        let unpaired = { (copies: CopiedRows) in
            rows.submit {
                let json = AuditJSONWriter()
                var states = LiveStates(entity: R.entity)
                for index in 0..<copies.count {
                    let copy = copies[index]
                    guard let record = R(columns: copy) else {
                        states.unread.append(copy.int64(copies.width - 1) ?? 0)
                        continue
                    }
                    record.total(into: &states.totals)
                    json.removeAll()
                    try record.write(to: json)
                    states.append(record.auditKey, json)
                }
                return states
            }
        }
        if let sqlite {
            return try TypedTableCursor<R, SQLiteRowStepper>(SQLiteRowStepper(sqlite, sql: R.inIDOrderSQL), unpaired: unpaired)
        }
        guard let postgres = db as? PostgresSession else { throw StoreError.cannotOpen("audit verify met an unknown engine") }
        return try TypedTableCursor<R, PostgresCursor>(postgres.openCursor(R.inIDOrderSQL), unpaired: unpaired)
    }

    /// The rows the workers could not decode from their copies, or whose pair did not settle them,
    /// through GRDB's decoding: `rereadChunk` ids a statement, each a round trip on PostgreSQL.
    /// Rows among `undecoded` are added to the totals; the others were added where they were paired.
    private mutating func reread<R: BulkRecord>(_ ids: [Int64], as type: R.Type, undecoded: Set<Int64>) throws -> LiveStates {
        let json = AuditJSONWriter()
        var states = LiveStates(entity: R.entity)
        let reader = RowReader<R>()
        for start in stride(from: 0, to: ids.count, by: Self.rereadChunk) {
            let chunk = ids[start..<min(start + Self.rereadChunk, ids.count)]
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            for row in try db.rows("SELECT * FROM \(R.databaseTableName) WHERE id IN (\(placeholders))", chunk.map { $0 }) {
                let record: R
                switch reader.decode(row) {
                case .success(let decoded): record = decoded
                case .failure(let problem):
                    unreadable[R.entity, default: []].append(problem)
                    continue
                }
                if let id = record.id, undecoded.contains(id) { record.total(into: &states.totals) }
                json.removeAll()
                try record.write(to: json)
                states.append(record.auditKey, json)
            }
        }
        return states
    }

    private func submit<R: StoredRecord>(_ batch: [R]) {
        rows.submit {
            let json = AuditJSONWriter()
            var states = LiveStates(entity: R.entity)
            for record in batch {
                json.removeAll()
                try AuditJSON.write(record, to: json)
                states.append(record.auditKey, json)
            }
            return states
        }
    }

    /// Every row against its newest audited state, and every audited state against the rows;
    /// answers what the rows add up to for the derived tables, each row counted once.
    private mutating func compareRows(with checked: [AuditChainBatch.Checked]) throws -> DerivedTotals {
        var live: [String: [LiveStates]] = [:]
        for states in try rows.results() { live[states.entity, default: []].append(states) }
        var pairs: [String: [AuditChainBatch.Pair]] = [:]
        for pair in checked.lazy.flatMap(\.pairs) { pairs[pair.entity, default: []].append(pair) }
        for type in PilotDatabase.auditedTypes {
            let entity = type.entity
            var audited = states.take(entity)
            var problems: [AuditReport.RowProblem] = []
            func problem(_ key: AuditKey, _ text: String) { problems.append(.init(entity: entity, id: key.id, problem: text)) }
            // A pair settles its row only when its entry holds the row's newest state; any other
            // row, and any row a worker could not decode, is compared through digests.
            var unread = (live[entity] ?? []).flatMap(\.unread)
            var undecoded = Set(unread)
            for pair in pairs[entity] ?? [] {
                let key = AuditKey.number(pair.rowID)
                guard let matches = pair.matches, audited[key] == pair.entry else {
                    unread.append(pair.rowID)
                    if pair.matches == nil { undecoded.insert(pair.rowID) }
                    continue
                }
                audited[key] = nil
                if !matches { problem(key, "row differs from its last audited state: changed outside Pilotdeck") }
            }
            if let bulk = type as? any BulkRecord.Type, !unread.isEmpty {
                live[entity, default: []].append(try reread(unread, as: bulk, undecoded: undecoded))
            }
            for unreadable in unreadable[entity] ?? [] {
                audited[AuditKey(unreadable.id)] = nil
                problems.append(unreadable)
            }
            for states in live[entity] ?? [] {
                for (row, key) in states.keys.enumerated() {
                    let entry = audited[key]
                    audited[key] = nil
                    switch entry {
                    case nil:
                        problem(key, "row has no audit entry: it was inserted outside Pilotdeck")
                    case AuditedStates.deleted:
                        problem(key, "row was deleted in the audit log but exists: restored outside Pilotdeck")
                    case let entry? where Self.afterDigest(of: entry, in: checked) != states.digests[(row * 32)..<(row * 32 + 32)]:
                        problem(key, "row differs from its last audited state: changed outside Pilotdeck")
                    default: break
                    }
                }
            }
            for (key, entry) in audited.all where entry != AuditedStates.deleted {
                problem(key, "row is missing: deleted outside Pilotdeck")
            }
            report.rowProblems += problems.sorted { ($0.id.count, $0.id) < ($1.id.count, $1.id) }
        }
        var totals = DerivedTotals()
        for batch in checked { totals.add(batch.totals) }
        for states in live.values.joined() { totals.add(states.totals) }
        return totals
    }

    private static func afterDigest(of entry: Int, in checked: [AuditChainBatch.Checked]) -> ArraySlice<UInt8> {
        let offset = entry % AuditChainBatch.capacity * 32
        return checked[entry / AuditChainBatch.capacity].afterDigests[offset..<(offset + 32)]
    }
}
