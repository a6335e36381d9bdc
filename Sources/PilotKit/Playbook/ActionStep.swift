import Foundation

/// One step of the incident action plan (rule 2).
public struct ActionStep: Codable, Equatable, Hashable, Sendable {
    public var title: String
    /// Deadline in hours from the incident's opening, for steps the law or a contract puts on a
    /// clock (breach risk assessment, patient notification within 60 days = 1440 h).
    public var clockHours: Int?
    /// The incident kinds the step applies to; empty means every incident.
    public var kinds: [IncidentKind]

    public init(title: String, clockHours: Int? = nil, kinds: [IncidentKind] = []) {
        self.title = title
        self.clockHours = clockHours
        self.kinds = kinds
    }

    /// When the step is due for an incident opened at `openedAt`; nil without a clock.
    public func due(openedAt: Date) -> Date? {
        clockHours.map { openedAt.addingTimeInterval(Double($0) * 3600) }
    }

    /// "overdue 3 d", "overdue 5 h", "overdue 20 min" when this step (`number`, from 1) is not done,
    /// the incident is not closed, and its deadline has passed by `now`; nil otherwise.
    public func overdue(number: Int, of incident: Incident, now: Date) -> String? {
        guard !incident.status.isResolved, !incident.stepsDone.contains(number), let due = due(openedAt: incident.openedAt), due < now
        else { return nil }
        let minutes = Int(now.timeIntervalSince(due) / 60)
        if minutes >= 48 * 60 { return "overdue \(minutes / (24 * 60)) d" }
        if minutes >= 60 { return "overdue \(minutes / 60) h" }
        return "overdue \(max(1, minutes)) min"
    }

    public func applies(to kind: IncidentKind) -> Bool {
        kinds.isEmpty || kinds.contains(kind)
    }
}
