import Crypto
import Foundation
import GRDB

/// One link of the tamper-evident audit chain: who changed what, when, before and after.
///
/// Rows are read and written column by column rather than through `Codable`, whose key
/// conversion per row `audit verify` cannot afford (BENCHMARKS.md, "Why the fast paths");
/// `Codable` stays for JSON.
public struct AuditEntry: Codable, Equatable, Sendable, ColumnNamedRecord, TableRecord {
    public static let databaseTableName = "audit"

    /// The hash the first entry chains from.
    public static let genesisHash = String(repeating: "0", count: 64)

    public var seq: Int64
    public var at: Date
    public var osLogin: String
    public var personLogin: String
    public var entity: String
    public var entityID: String
    public var pilotID: Int64?
    /// insert, update or delete.
    public var action: String
    public var before: String?
    public var after: String?
    public var prevHash: String
    public var hash: String

    public init(
        seq: Int64, at: Date, osLogin: String, personLogin: String, entity: String, entityID: String, pilotID: Int64?,
        action: String, before: String?, after: String?, prevHash: String, hash: String
    ) {
        self.seq = seq
        self.at = at
        self.osLogin = osLogin
        self.personLogin = personLogin
        self.entity = entity
        self.entityID = entityID
        self.pilotID = pilotID
        self.action = action
        self.before = before
        self.after = after
        self.prevHash = prevHash
        self.hash = hash
    }

    /// Throws, rather than traps, on a value changed outside Pilotdeck into something unreadable.
    public init(row: Row) throws {
        self.init(
            seq: try row.decode(forColumn: "seq"), at: try row.decode(forColumn: "at"),
            osLogin: try row.decode(forColumn: "os_login"), personLogin: try row.decode(forColumn: "person_login"),
            entity: try row.decode(forColumn: "entity"), entityID: try row.decode(forColumn: "entity_id"),
            pilotID: try row.decode(forColumn: "pilot_id"), action: try row.decode(forColumn: "action"),
            before: try row.decode(forColumn: "before"), after: try row.decode(forColumn: "after"),
            prevHash: try row.decode(forColumn: "prev_hash"), hash: try row.decode(forColumn: "hash"))
    }

    /// SHA-256 over the previous hash and every field, as `AuditChainInput.entry` lays them out.
    public func computedHash() -> String {
        computedHash(using: AuditChainInput(capacity: 160 + (before?.utf8.count ?? 1) + (after?.utf8.count ?? 1)))
    }

    /// `computedHash()` laid out in a buffer the caller keeps for the next entry.
    func computedHash(using input: AuditChainInput) -> String {
        input.removeAll()
        input.entry(self)
        return Hex.encode(input.digest)
    }
}
