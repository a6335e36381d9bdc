import Foundation

/// Gathers every alert from what the store holds. Pure: the same state at the same moment
/// always gives the same alerts, in the same order (by kind, then as given).
public enum AlertScan {
    /// A pilot with the playbook it runs under, and its review when it is in general use.
    public struct Entry: Sendable {
        public var pilot: Pilot
        public var playbook: Playbook
        public var review: ReviewDue?

        public init(pilot: Pilot, playbook: Playbook, review: ReviewDue? = nil) {
            self.pilot = pilot
            self.playbook = playbook
            self.review = review
        }
    }

    public static func alerts(pilots: [Entry], incidents: [Incident], tools: [Tool], now: Date) -> [Alert] {
        let byID = Dictionary(pilots.compactMap { entry in entry.pilot.id.map { ($0, entry) } }, uniquingKeysWith: { first, _ in first })
        let unresolved = incidents.filter { !$0.status.isResolved }
        let running = pilots.filter { $0.pilot.status != .retired }
        var found: [Alert] = []
        for incident in unresolved where incident.kind == .safeguard {
            found.append(Alert(
                kind: .safeguard, pilot: byID[incident.pilotID]?.pilot.key, subject: "incident #\(incident.id ?? 0)",
                detail: "\(incident.metricKey ?? "a metric") crossed its safeguard: \(incident.severity.rawValue), \(incident.status.rawValue)"))
        }
        for incident in unresolved {
            guard let entry = byID[incident.pilotID] else { continue }
            for (index, step) in entry.playbook.actionPlan.enumerated() where step.applies(to: incident.kind) {
                guard let late = step.overdue(number: index + 1, of: incident, now: now) else { continue }
                found.append(Alert(
                    kind: .overdueStep, pilot: entry.pilot.key, subject: "incident #\(incident.id ?? 0)",
                    detail: "step \(index + 1) \(step.title): \(late)"))
            }
        }
        let today = Day(now)
        for entry in running where !entry.playbook.actionPlan.isEmpty {
            let period = entry.playbook.actionPlanReviewDays
            guard let age = entry.pilot.actionPlanAge(today: today) else {
                found.append(Alert(kind: .actionPlanReview, pilot: entry.pilot.key, subject: "action plan", detail: "never reviewed"))
                continue
            }
            if age > period {
                found.append(Alert(
                    kind: .actionPlanReview, pilot: entry.pilot.key, subject: "action plan",
                    detail: "reviewed \(age) days ago; due every \(period) days"))
            }
        }
        for entry in running {
            guard let review = entry.review, review.isOverdue else { continue }
            found.append(Alert(kind: .overdueReview, pilot: entry.pilot.key, subject: "review", detail: review.sentence))
        }
        let inUse = Set(running.map(\.pilot.toolKey))
        for tool in tools where tool.vetting == .approvedWithConditions && inUse.contains(tool.key) && !tool.contractProblems.isEmpty {
            found.append(Alert(
                kind: .toolConditions, pilot: nil, subject: "tool \(tool.key)",
                detail: "approved with conditions, yet \(tool.contractProblems.joined(separator: "; "))"))
        }
        return found
    }
}
