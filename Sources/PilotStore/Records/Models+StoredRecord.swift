import GRDB
import PilotKit

/// The records of PilotKit's models that need no more than their entity name (and pilot, for
/// listing a pilot's audit trail); the bulk ones have files of their own.
extension Person: IdentifiedRecord { public static let entity = "person" }
extension Tool: IdentifiedRecord { public static let entity = "tool" }
extension ToolReview: IdentifiedRecord { public static let entity = "tool_review" }
extension Pilot: IdentifiedRecord {
    public static let entity = "pilot"
    public var auditPilotID: Int64? { id }
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
    public static let primaryKey = ["key"]
    public var auditID: String { key }
}
extension IncidentEvent: IdentifiedRecord { public static let entity = "incident_event" }
