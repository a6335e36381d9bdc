import Foundation
import GRDB
import PilotKit

/// The rows one Ledger transaction changes, each paired with its audit entry in the same
/// transaction. Nothing else in Pilotdeck inserts, updates or deletes.
struct AuditedWrites {
    let db: Database
    let at: Date
    let osLogin: String
    let personLogin: String
    /// What the Ledger checked before this transaction; nil while `initialize` makes the first admin.
    let permission: Permission?
    private var head: (seq: Int64, hash: String)?
    /// Buffers and statements for every state and entry this transaction records.
    private let json = AuditJSONWriter()
    private let chainInput = AuditChainInput()
    private var blocks = AuditBlocks()
    private var auditInsert: BoundInsert?
    private var bulkInserts: [ObjectIdentifier: BoundInsert] = [:]

    init(db: Database, at: Date, osLogin: String, personLogin: String, permission: Permission?) {
        self.db = db
        self.at = at
        self.osLogin = osLogin
        self.personLogin = personLogin
        self.permission = permission
    }

    mutating func insert<R: StoredRecord>(_ record: inout R) throws {
        try record.insert(db)
        try appendInsert(of: record)
    }

    mutating func insert<R: BulkRecord>(_ record: inout R) throws {
        var insert = try bulkInserts[ObjectIdentifier(R.self)] ?? BoundInsert(db, sql: R.insertSQL)
        try record.bulkInsert(&insert)
        bulkInserts[ObjectIdentifier(R.self)] = insert
        try appendInsert(of: record)
    }

    /// Writes `record` over `before`, auditing both states; a no-op change writes nothing.
    mutating func update<R: StoredRecord & Equatable>(_ record: R, from before: R) throws {
        if record == before { return }
        try record.update(db)
        try append(
            R.entity, record.auditID, record.auditPilotID, "update", before: state(of: before), after: state(of: record))
    }

    mutating func delete<R: StoredRecord>(_ record: R) throws {
        _ = try record.delete(db)
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
        let previous = try head ?? Self.loadHead(db)
        var entry = AuditEntry(
            seq: previous.seq + 1, at: at, osLogin: osLogin, personLogin: personLogin, entity: entity,
            entityID: entityID, pilotID: pilotID, action: action, before: before, after: after,
            prevHash: previous.hash, hash: "")
        entry.hash = entry.computedHash(using: chainInput)
        var insert = try auditInsert ?? BoundInsert(db, sql: Self.insertAudit)
        defer { auditInsert = insert }
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
        try blocks.record(seq: entry.seq, osLogin: osLogin, personLogin: personLogin, entity: entity, action: action, db)
        head = (entry.seq, entry.hash)
    }

    /// One prepared statement for every entry, instead of GRDB building the INSERT per record.
    private static let insertAudit = """
        INSERT INTO audit (seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after, prev_hash, hash)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func loadHead(_ db: Database) throws -> (seq: Int64, hash: String) {
        if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1") {
            return (row["seq"], row["hash"])
        }
        return (0, AuditEntry.genesisHash)
    }
}
