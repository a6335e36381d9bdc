import GRDB
import PilotKit

/// One person taking part in one pilot.
struct ParticipantRow: StoredRecord, Equatable {
    public static let entity = "participant"
    static let primaryKey = ["pilot_id", "login"]
    var pilotID: Int64
    var login: String
    var account: AccountKind
    /// The stage they are enrolled for while they wait for its go decision; nil once active.
    var pendingStage: Stage?
    var auditID: String { "\(pilotID)/\(login)" }
    public var auditPilotID: Int64? { pilotID }
}
