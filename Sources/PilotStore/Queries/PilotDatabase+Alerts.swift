import Foundation
import PilotKit

extension PilotDatabase {
    /// Every alert at `now` (`AlertScan`), read in one pass over pilots, incidents and tools; each
    /// playbook is read once however many pilots run it. A pilot row changed outside Pilotdeck
    /// into something unreadable is left out (`audit verify` names it), not a reason for none.
    /// `pilots`: the readable pilots when the caller has just read them (the dashboard's portfolio).
    public func alerts(now: Date, pilots: [Pilot]? = nil) throws -> [Alert] {
        let all = try pilots ?? readablePilots().records
        let playbooks = try playbooks(Set(all.map(\.playbook)))
        let facts = try reviewFacts(of: all.filter { $0.stage == .general && $0.status != .retired })
        let entries = try all.map { pilot in
            guard let playbook = playbooks[pilot.playbook] else { throw StoreError.notFound(entity: "playbook", name: pilot.playbook) }
            let review = facts[pilot.id ?? -1].flatMap {
                ReviewDue(pilot: pilot, playbook: playbook, openRisks: $0.risks, lastDecision: $0.lastDecision, today: Day(now))
            }
            return AlertScan.Entry(pilot: pilot, playbook: playbook, review: review)
        }
        return AlertScan.alerts(pilots: entries, incidents: try incidents(), tools: try tools(), now: now)
    }

    /// The playbooks stored under `keys`, read together in one snapshot.
    private func playbooks(_ keys: Set<String>) throws -> [String: Playbook] {
        try read { db in
            let sorted = keys.sorted()
            try db.prefetch(sorted.map { .record(PlaybookRow.self, key: [$0]) })
            return Dictionary(uniqueKeysWithValues: try sorted.map { ($0, try Ledger.playbook($0, db)) })
        }
    }

    /// What a review's date depends on, for the pilots in general use: their open risks and their
    /// latest decision, in two statements for all of them (no gate evidence: alerts run on every
    /// refresh of the dashboard's header).
    private func reviewFacts(of pilots: [Pilot]) throws -> [Int64: (risks: [Risk], lastDecision: Day?)] {
        let ids = pilots.compactMap(\.id)
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            var facts: [Int64: (risks: [Risk], lastDecision: Day?)] = [:]
            for slice in ids.chunks(of: PilotChunk.size) {
                let chunk = PilotChunk(slice)
                try db.prefetch([chunk.risks, chunk.lastDecisions])
                let (risks, days) = (try chunk.openRisks(db), try chunk.lastDecisionDays(db))
                for id in slice { facts[id] = (risks[id] ?? [], days[id]) }
            }
            return facts
        }
    }
}
