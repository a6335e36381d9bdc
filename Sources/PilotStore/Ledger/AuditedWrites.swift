import Foundation
import PilotKit

/// The rows one Ledger transaction changes, each paired with its audit entry in the same
/// transaction, and what its rows add to the derived tables (`MeasurementSumTable`,
/// `FeedbackTallyTable`). Nothing else in Pilotdeck inserts, updates or deletes.
struct AuditedWrites {
    let session: any StoreSession
    /// The Ledger's clock, for the records' own times and days.
    let at: Date
    /// The time every entry of the transaction carries, as the engine vouches for it.
    let entryAt: Date
    let osLogin: String
    let personLogin: String
    /// What the Ledger checked before this transaction; nil while `initialize` makes the first admin.
    let permission: Permission?
    private var head: (seq: Int64, hash: String)?
    /// Buffers and statements for every state and entry this transaction records.
    private let json = AuditJSONWriter()
    private let chainInput = AuditChainInput()
    private var blocks = AuditBlocks()
    private var auditInsert: (any PreparedInsert)?
    private var bulkInserts: [ObjectIdentifier: any PreparedInsert] = [:]
    private var measurementSums = MeasurementSumTable.Batch()
    private var feedbackCounts = FeedbackTallyTable.Counts()

    /// The time, login and (on PostgreSQL) chain head come from `stamp`, as the engine vouches
    /// for them.
    init(session: any StoreSession, stamp: WriteStamp, personLogin: String, permission: Permission?) {
        self.session = session
        at = stamp.now
        entryAt = stamp.at
        osLogin = stamp.osLogin
        head = stamp.head
        self.personLogin = personLogin
        self.permission = permission
    }

    mutating func insert<R: StoredRecord>(_ record: inout R) throws {
        try session.insertRecord(&record)
        try appendInsert(of: record)
    }

    mutating func insert<R: BulkRecord>(_ record: inout R) throws {
        try insertBulk(&record)
    }

    /// A measurement, whose sums are added to `measurement_sum` by `finish`.
    mutating func insert(_ measurement: inout MetricMeasurement) throws {
        try insertBulk(&measurement)
        measurementSums.add(measurement)
    }

    /// Feedback, counted in `feedback_tally` by `finish`.
    mutating func insert(_ feedback: inout Feedback) throws {
        try insertBulk(&feedback)
        feedbackCounts.add(feedback)
    }

    private mutating func insertBulk<R: BulkRecord>(_ record: inout R) throws {
        let insert =
            try bulkInserts[ObjectIdentifier(R.self)]
            ?? session.prepareInsert(into: R.databaseTableName, columns: R.columns.map(\.name), returningID: true)
        try record.bulkInsert(insert)
        bulkInserts[ObjectIdentifier(R.self)] = insert
        try appendInsert(of: record)
    }

    /// Writes what the transaction's rows add up to; the Ledger calls it before committing.
    func finish() throws {
        try measurementSums.write(to: session)
        try feedbackCounts.write(to: session)
    }

    /// Feedback changed (withdrawn), its count moved in `feedback_tally` by `finish`.
    mutating func update(_ feedback: Feedback, from before: Feedback) throws {
        try updateRecord(feedback, from: before)
        if feedback != before {
            feedbackCounts.add(before, by: -1)
            feedbackCounts.add(feedback)
        }
    }

    /// Writes `record` over `before`, auditing both states; a no-op change writes nothing.
    mutating func update<R: StoredRecord & Equatable>(_ record: R, from before: R) throws {
        try updateRecord(record, from: before)
    }

    private mutating func updateRecord<R: StoredRecord & Equatable>(_ record: R, from before: R) throws {
        if record == before { return }
        try session.updateRecord(record)
        try append(
            R.entity, record.auditID, record.auditPilotID, "update", before: state(of: before), after: state(of: record))
    }

    mutating func delete<R: StoredRecord>(_ record: R) throws {
        try session.deleteRecord(record)
        try append(R.entity, record.auditID, record.auditPilotID, "delete", before: state(of: record), after: nil)
    }

    private mutating func appendInsert<R: StoredRecord>(of record: R) throws {
        try append(R.entity, record.auditID, record.auditPilotID, "insert", before: nil, after: state(of: record))
    }

    private mutating func state<R: StoredRecord>(of record: R) throws -> String {
        json.removeAll()
        try AuditJSON.write(record, to: json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private mutating func append(
        _ entity: String, _ entityID: String, _ pilotID: Int64?, _ action: String, before: String?, after: String?
    ) throws {
        assert(
            permission.map { PermittedEntries.allows($0, .init(entity: entity, action: action), first: head == nil) } ?? true,
            "\(entity) \(action) under \(permission!) is missing from PermittedEntries: audit verify would call it unauthorized")
        let previous = try head ?? Self.loadHead(session)
        var entry = AuditEntry(
            seq: previous.seq + 1, at: entryAt, osLogin: osLogin, personLogin: personLogin, entity: entity,
            entityID: entityID, pilotID: pilotID, action: action, before: before, after: after,
            prevHash: previous.hash, hash: "")
        entry.hash = entry.computedHash(using: chainInput)
        let insert = try auditInsert ?? session.prepareInsert(into: "audit", columns: Self.auditColumns, returningID: false)
        auditInsert = insert
        insert.bind(entry.seq)
        insert.bind(ColumnValues.timestamp(entry.at))
        insert.bind(entry.osLogin)
        insert.bind(entry.personLogin)
        insert.bind(entry.entity)
        insert.bind(entry.entityID)
        insert.bind(entry.pilotID)
        insert.bind(entry.action)
        insert.bind(entry.before)
        insert.bind(entry.after)
        insert.bind(entry.prevHash)
        insert.bind(entry.hash)
        try insert.execute()
        try blocks.record(seq: entry.seq, osLogin: osLogin, personLogin: personLogin, entity: entity, action: action, session)
        head = (entry.seq, entry.hash)
    }

    /// One prepared statement for every entry, instead of an INSERT built per record.
    private static let auditColumns = [
        "seq", "at", "os_login", "person_login", "entity", "entity_id", "pilot_id", "action", "before", "after", "prev_hash", "hash",
    ]

    static func loadHead(_ db: any StoreSession) throws -> (seq: Int64, hash: String) {
        if let row = try db.row("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1") {
            return (row["seq"], row["hash"])
        }
        return (0, AuditEntry.genesisHash)
    }
}
