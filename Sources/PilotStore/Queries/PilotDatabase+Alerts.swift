import Foundation
import PilotKit

extension PilotDatabase {
    /// Every alert at `now` (`AlertScan`), read in one pass over pilots, incidents and tools; each
    /// playbook is read once however many pilots run it. A pilot row changed outside Pilotdeck
    /// into something unreadable is left out (`audit verify` names it), not a reason for none.
    /// `pilots`: the readable pilots when the caller has just read them (the dashboard's portfolio).
    public func alerts(now: Date, pilots: [Pilot]? = nil) throws -> [Alert] {
        var playbooks: [String: Playbook] = [:]
        let entries = try (pilots ?? readablePilots().records).map { pilot in
            let playbook = try playbooks[pilot.playbook] ?? self.playbook(of: pilot)
            playbooks[pilot.playbook] = playbook
            return AlertScan.Entry(pilot: pilot, playbook: playbook)
        }
        return AlertScan.alerts(pilots: entries, incidents: try incidents(), tools: try tools(), now: now)
    }
}
