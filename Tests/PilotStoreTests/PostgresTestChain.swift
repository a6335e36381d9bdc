import Foundation
import GRDB
@testable import PilotStore

/// Audit entries written and read on PostgreSQL the way the Ledger will: the head read under the
/// chain's lock, the entry hashed by `AuditEntry` exactly as on SQLite.
enum PostgresTestChain {
    static let insert = """
        INSERT INTO audit (seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after, prev_hash, hash)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
        """

    /// The entry that follows `head`, hashed, claiming `osLogin` (the honest writer's is `head.role`).
    static func entry(after head: PostgresChainHead, osLogin: String? = nil, entityID: String = "1") -> AuditEntry {
        var entry = AuditEntry(
            seq: head.seq + 1, at: head.date, osLogin: osLogin ?? head.role, personLogin: "ada", entity: "person",
            entityID: entityID, pilotID: nil, action: "insert", before: nil, after: #"{"login":"ada"}"#,
            prevHash: head.hash, hash: "")
        entry.hash = entry.computedHash()
        return entry
    }

    /// Inserts `entry`, `at` spelt as `head.at` (the server's spelling).
    static func insert(_ entry: AuditEntry, at: String, on connection: PostgresConnection) throws {
        try connection.execute(
            insert,
            parameters: [
                String(entry.seq), at, entry.osLogin, entry.personLogin, entry.entity, entry.entityID,
                entry.pilotID.map(String.init), entry.action, entry.before, entry.after, entry.prevHash, entry.hash,
            ])
    }

    /// One audited write: lock, read the head, (`whileLocked`), hash and insert.
    @discardableResult
    static func append(
        on connection: PostgresConnection, lockTimeout: TimeInterval = 10, whileLocked: () -> Void = {}
    ) throws -> AuditEntry {
        try connection.writeTransaction(lockTimeout: lockTimeout) {
            let head = try PostgresChainHead.lock(connection)
            whileLocked()
            let entry = entry(after: head, entityID: String(connection.serverProcessID))
            try insert(entry, at: head.at, on: connection)
            return entry
        }
    }

    /// Every entry, in chain order, as stored.
    static func entries(on connection: PostgresConnection) throws -> [AuditEntry] {
        try connection.execute("SELECT \(AuditChainInput.columns), hash FROM audit ORDER BY seq").map { row in
            AuditEntry(
                seq: Int64(row[1]!)!, at: Date.fromDatabaseValue(row[2]!.databaseValue)!, osLogin: row[3]!,
                personLogin: row[4]!, entity: row[5]!, entityID: row[6]!, pilotID: row[7].flatMap { Int64($0) },
                action: row[8]!, before: row[9], after: row[10], prevHash: row[0]!, hash: row[11]!)
        }
    }
}
