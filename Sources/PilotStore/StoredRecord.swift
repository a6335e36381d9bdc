import Foundation
import GRDB
import PilotKit

/// A domain value persisted in its own table with snake_case columns, audited by the Ledger.
public protocol StoredRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    /// The audit log's name for this kind of row.
    static var entity: String { get }
    /// Identifies the row in the audit log.
    var auditID: String { get }
    /// The pilot this row belongs to, so a pilot's audit trail can be listed.
    var auditPilotID: Int64? { get }
}

extension StoredRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { ColumnNames.decoding }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
    public static var databaseTableName: String { entity }
    public var auditPilotID: Int64? { nil }
}

/// snake_case columns to Swift property names, where `_id` becomes `ID` (`pilot_id` -> `pilotID`),
/// the inverse of GRDB's `.convertToSnakeCase` for our naming.
enum ColumnNames {
    static let decoding = DatabaseColumnDecodingStrategy.custom { column in
        let parts = column.split(separator: "_")
        let name = parts.enumerated().map { index, part in
            if index == 0 { return String(part) }
            return part == "id" ? "ID" : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
        return ColumnKey(stringValue: name)
    }

    struct ColumnKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }
}

/// Rows keyed by an integer id assigned on insert.
public protocol IdentifiedRecord: StoredRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    public var auditID: String { id.map(String.init) ?? "?" }
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Stage: DatabaseValueConvertible {}
extension PilotStatus: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension Discipline: DatabaseValueConvertible {}
extension Sensitivity: DatabaseValueConvertible {}
extension Access: DatabaseValueConvertible {}
extension Hosting: DatabaseValueConvertible {}
extension VettingStatus: DatabaseValueConvertible {}
extension AccountKind: DatabaseValueConvertible {}
extension FeedbackCategory: DatabaseValueConvertible {}
extension RiskCategory: DatabaseValueConvertible {}
extension RiskStatus: DatabaseValueConvertible {}
extension Severity: DatabaseValueConvertible {}
extension IncidentKind: DatabaseValueConvertible {}
extension IncidentStatus: DatabaseValueConvertible {}
extension DecisionKind: DatabaseValueConvertible {}
extension SignOffVerdict: DatabaseValueConvertible {}

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0, field: "day") }
    }
}

extension Person: IdentifiedRecord { public static let entity = "person" }
extension Tool: IdentifiedRecord { public static let entity = "tool" }
extension ToolReview: IdentifiedRecord { public static let entity = "tool_review" }
extension Pilot: IdentifiedRecord {
    public static let entity = "pilot"
    public var auditPilotID: Int64? { id }
}
extension MetricMeasurement: IdentifiedRecord {
    public static let entity = "measurement"
    public var auditPilotID: Int64? { pilotID }
}
extension Feedback: IdentifiedRecord {
    public static let entity = "feedback"
    public var auditPilotID: Int64? { pilotID }
}
extension Risk: IdentifiedRecord {
    public static let entity = "risk"
    public var auditPilotID: Int64? { pilotID }
}
extension Incident: IdentifiedRecord {
    public static let entity = "incident"
    public var auditPilotID: Int64? { pilotID }
}
extension Decision: IdentifiedRecord {
    public static let entity = "decision"
    public var auditPilotID: Int64? { pilotID }
}
extension SignOff: IdentifiedRecord {
    public static let entity = "sign_off"
    public var auditPilotID: Int64? { pilotID }
}

extension DataDomain: StoredRecord {
    public static let entity = "data_domain"
    public var auditID: String { key }
}

/// An organization setting (organization domains, demo flag).
struct SettingRow: StoredRecord, Equatable {
    public static let entity = "setting"
    var key: String
    var value: String
    var auditID: String { key }
}

/// A playbook as it was when a pilot first used it, so later edits of the file cannot change
/// the rules a running pilot was approved under.
struct PlaybookRow: StoredRecord, Equatable {
    public static let entity = "playbook"
    var key: String
    var title: String
    var body: String
    var auditID: String { key }
}

/// One data domain in one pilot's scope.
struct ScopeRow: StoredRecord, Equatable {
    public static let entity = "pilot_scope"
    var pilotID: Int64
    var domainKey: String
    var access: Access
    var auditID: String { "\(pilotID)/\(domainKey)" }
    public var auditPilotID: Int64? { pilotID }
}

/// One person taking part in one pilot.
struct ParticipantRow: StoredRecord, Equatable {
    public static let entity = "participant"
    var pilotID: Int64
    var login: String
    var account: AccountKind
    var auditID: String { "\(pilotID)/\(login)" }
    public var auditPilotID: Int64? { pilotID }
}

extension IncidentEvent: IdentifiedRecord { public static let entity = "incident_event" }
