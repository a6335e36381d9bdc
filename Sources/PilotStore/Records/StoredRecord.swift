import Foundation
import GRDB
import PilotKit

/// A domain value persisted in its own table with snake_case columns, audited by the Ledger.
/// GRDB maps its columns to and from Swift values on both engines (`StoreSession`); the SQL that
/// reads and writes it is Pilotdeck's own.
public protocol StoredRecord: ColumnNamedRecord, Codable, FetchableRecord, EncodableRecord, TableRecord, Sendable {
    /// The audit log's name for this kind of row.
    static var entity: String { get }
    /// Identifies the row in the audit log.
    var auditID: String { get }
    /// The pilot this row belongs to, so a pilot's audit trail can be listed.
    var auditPilotID: Int64? { get }
    /// The columns of the primary key, in the order `auditID` joins them.
    static var primaryKey: [String] { get }
    /// Takes the id the engine assigned on insert; only identified rows have one.
    mutating func assign(id: Int64)
}

extension StoredRecord {
    /// `auditID` as `audit verify` keys it.
    var auditKey: AuditKey { AuditKey(auditID) }

    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { ColumnNames.decoding }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { ColumnNames.encoding }
    public static var databaseTableName: String { entity }
    public var auditPilotID: Int64? { nil }
    public mutating func assign(id: Int64) {}
}

/// A record whose properties are named after its columns (`ColumnNames`: `pilot_id` is
/// `pilotID`), so `Decodable` alone reads it from a row of either engine.
public protocol ColumnNamedRecord: FetchableRecord, Decodable {}

/// Rows keyed by an integer id assigned on insert.
public protocol IdentifiedRecord: StoredRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    public var auditID: String { id.map(String.init) ?? "?" }
    var auditKey: AuditKey { id.map(AuditKey.number) ?? AuditKey(auditID) }
    public static var primaryKey: [String] { ["id"] }
    public mutating func assign(id: Int64) { self.id = id }
}
