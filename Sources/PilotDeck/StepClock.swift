import Foundation
import PilotKit

/// An incident's action-plan step as the dashboard lists it, with its due day (`ActionStep.due`;
/// how long it is overdue is `ActionStep.overdue`).
enum StepClock {
    /// The step as a line of a list: its number, title and due day.
    static func line(_ step: ActionStep, number: Int, openedAt: Date) -> String {
        "\(number). \(step.title)" + (step.due(openedAt: openedAt).map { " — due \(Format.day($0))" } ?? "")
    }
}
