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
        // Only pilots in general use have a review due; their evidence holds its tier and date.
        let inGeneralUse = all.filter { $0.stage == .general && $0.status != .retired }
        let reviews = Dictionary(
            try gateEvidence(of: inGeneralUse, today: Day(now)).compactMap { evidence in ReviewDue(evidence).map { (evidence.pilot.key, $0) } },
            uniquingKeysWith: { first, _ in first })
        let entries = try all.map { pilot in
            let playbook = try playbooks[pilot.playbook] ?? self.playbook(of: pilot)
            playbooks[pilot.playbook] = playbook
            return AlertScan.Entry(pilot: pilot, playbook: playbook, review: reviews[pilot.key])
        }
        return AlertScan.alerts(pilots: entries, incidents: try incidents(), tools: try tools(), now: now)
    }
}
