import Foundation
import PilotKit

extension PilotDatabase {
    /// Every alert at `now` (`AlertScan`), read in one pass over pilots, incidents and tools; each
    /// playbook is read once however many pilots run it. A pilot row changed outside Pilotdeck
    /// into something unreadable is left out (`audit verify` names it), not a reason for none.
    /// `pilots`: the readable pilots when the caller has just read them (the dashboard's portfolio).
    public func alerts(now: Date, pilots: [Pilot]? = nil) throws -> [Alert] {
        var playbooks: [String: Playbook] = [:]
        let all = try pilots ?? readablePilots().records
        let facts = try reviewFacts(of: all.filter { $0.stage == .general && $0.status != .retired })
        let entries = try all.map { pilot in
            let playbook = try playbooks[pilot.playbook] ?? self.playbook(of: pilot)
            playbooks[pilot.playbook] = playbook
            let review = facts[pilot.id ?? -1].flatMap {
                ReviewDue(pilot: pilot, playbook: playbook, openRisks: $0.risks, lastDecision: $0.lastDecision, today: Day(now))
            }
            return AlertScan.Entry(pilot: pilot, playbook: playbook, review: review)
        }
        return AlertScan.alerts(pilots: entries, incidents: try incidents(), tools: try tools(), now: now)
    }

    /// What a review's date depends on, for the pilots in general use: their open risks and their
    /// latest decision, in two statements for all of them (no gate evidence: alerts run on every
    /// refresh of the dashboard's header).
    private func reviewFacts(of pilots: [Pilot]) throws -> [Int64: (risks: [Risk], lastDecision: Day?)] {
        let ids = pilots.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var facts: [Int64: (risks: [Risk], lastDecision: Day?)] = Dictionary(uniqueKeysWithValues: ids.map { ($0, ([], nil)) })
            for chunk in ids.chunks(of: 400) {
                let list = "(" + Array(repeating: "?", count: chunk.count).joined(separator: ", ") + ")"
                let bound: SQLArguments = Array(chunk)
                let risks = SQLStatement("SELECT * FROM risk WHERE status = ? AND pilot_id IN \(list) ORDER BY id", [RiskStatus.open] + bound)
                let decisions = SQLStatement(
                    "SELECT pilot_id, MAX(decided_at) AS decided_at FROM decision WHERE pilot_id IN \(list) GROUP BY pilot_id ORDER BY pilot_id", bound)
                try db.prefetch([risks, decisions])
                for risk in try db.all(Risk.self, risks) { facts[risk.pilotID]?.risks.append(risk) }
                for row in try db.rows(decisions) {
                    if let at = row["decided_at"] as Date? { facts[row["pilot_id"]]?.lastDecision = Day(at) }
                }
            }
            return facts
        }
    }
}
