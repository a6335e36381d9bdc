import Foundation
import PilotKit

/// The statements that read the rows of a chunk of pilots, one statement each however many
/// pilots (over a WAN every statement is a round trip); gate evidence and the reviews that come
/// due read the same rows through them.
struct PilotChunk {
    /// Pilots per chunk: as many as one statement's bound values comfortably hold.
    static let size = 400

    let accounts, scopes, incidents, risks, signOffs, lastDecisions: SQLStatement

    init(_ ids: some Collection<Int64>) {
        let bound: SQLArguments = ids.map { $0 }
        let list = "(" + Array(repeating: "?", count: ids.count).joined(separator: ", ") + ")"
        accounts = SQLStatement(
            "SELECT pa.pilot_id, p.login, p.email, pa.account FROM participant pa JOIN person p ON p.login = pa.login WHERE pa.pilot_id IN "
                + list + " ORDER BY pa.pilot_id, p.login", bound)
        scopes = SQLStatement("SELECT * FROM pilot_scope WHERE pilot_id IN \(list) ORDER BY pilot_id, domain_key", bound)
        incidents = SQLStatement("SELECT * FROM incident WHERE status <> ? AND pilot_id IN \(list) ORDER BY id", [IncidentStatus.closed] + bound)
        risks = SQLStatement("SELECT * FROM risk WHERE status = ? AND pilot_id IN \(list) ORDER BY id", [RiskStatus.open] + bound)
        signOffs = SQLStatement("SELECT * FROM sign_off WHERE decision_id IS NULL AND pilot_id IN \(list) ORDER BY id", bound)
        lastDecisions = SQLStatement(
            "SELECT pilot_id, MAX(decided_at) AS decided_at FROM decision WHERE pilot_id IN \(list) GROUP BY pilot_id ORDER BY pilot_id", bound)
    }

    /// The chunks of `ids`.
    static func chunks(_ ids: [Int64]) -> [PilotChunk] { ids.chunks(of: size).map(PilotChunk.init) }

    /// Every statement, to send ahead together.
    var all: [SQLStatement] { [accounts, scopes, incidents, risks, signOffs, lastDecisions] }

    /// The day of each pilot's latest decision, for those that have one.
    func lastDecisionDays(_ db: any StoreSession) throws -> [Int64: Day] {
        var days: [Int64: Day] = [:]
        for row in try db.rows(lastDecisions) {
            if let at = row["decided_at"] as Date? { days[row["pilot_id"]] = Day(at) }
        }
        return days
    }

    /// The open risks of the chunk's pilots, by pilot.
    func openRisks(_ db: any StoreSession) throws -> [Int64: [Risk]] {
        Dictionary(grouping: try db.all(Risk.self, risks), by: \.pilotID)
    }
}
