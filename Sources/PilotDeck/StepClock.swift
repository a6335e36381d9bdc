import Foundation
import PilotKit

/// An incident's action-plan step against its clock: when it is due, and how long it is overdue.
enum StepClock {
    static func due(_ step: ActionStep, openedAt: Date) -> Date? {
        step.clockHours.map { openedAt.addingTimeInterval(Double($0) * 3600) }
    }

    /// "overdue 3 d", "overdue 5 h", "overdue 20 min" for step `number` (from 1) when it is not done,
    /// the incident is not closed, and its deadline has passed by `now`; nil otherwise.
    static func overdue(_ step: ActionStep, number: Int, of incident: Incident, now: Date) -> String? {
        guard !incident.status.isResolved, !incident.stepsDone.contains(number),
            let due = due(step, openedAt: incident.openedAt), due < now
        else { return nil }
        let minutes = Int(now.timeIntervalSince(due) / 60)
        if minutes >= 48 * 60 { return "overdue \(minutes / (24 * 60)) d" }
        if minutes >= 60 { return "overdue \(minutes / 60) h" }
        return "overdue \(max(1, minutes)) min"
    }

    /// The step as a line of a list: its number, title and due day.
    static func line(_ step: ActionStep, number: Int, openedAt: Date) -> String {
        "\(number). \(step.title)" + (due(step, openedAt: openedAt).map { " — due \(Format.day($0))" } ?? "")
    }
}
