import GRDB
import PilotKit

/// One data domain in one pilot's scope.
struct ScopeRow: StoredRecord, Equatable {
    public static let entity = "pilot_scope"
    static let primaryKey = ["pilot_id", "domain_key"]
    var pilotID: Int64
    var domainKey: String
    var access: Access
    var auditID: String { "\(pilotID)/\(domainKey)" }
    public var auditPilotID: Int64? { pilotID }
}
