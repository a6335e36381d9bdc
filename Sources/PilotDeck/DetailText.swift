import Foundation
import PilotKit
import TerminalKit

/// The whole of a row that a table cuts off, written out for a `TextPanel`: the title line and
/// the text.
enum DetailText {
    static func feedback(_ item: Feedback) -> TextPanel {
        TextPanel(
            title: "Feedback #\(item.id ?? 0) — rating \(item.rating), \(item.category.rawValue)",
            text: "\(item.text)\n\nby \(item.authorLogin) at \(item.stage.rawValue)"
                + (item.tags.isEmpty ? "" : "; tags: \(item.tags.map(\.rawValue).joined(separator: ", "))")
                + (item.redactedKinds.isEmpty ? "" : "\nidentifiers removed: \(item.redactedKinds.joined(separator: ", "))"))
    }

    static func risk(_ risk: Risk) -> TextPanel {
        TextPanel(
            title: "Risk #\(risk.id ?? 0) — \(risk.category.rawValue), \(risk.status.rawValue)",
            text: """
                \(risk.title)

                likelihood \(risk.likelihood) × impact \(risk.impact) = score \(risk.score); owner \(risk.ownerLogin)

                Mitigation:
                \(risk.mitigation.isEmpty ? "none recorded" : risk.mitigation)
                """)
    }

    /// `now`: when the pilot was read, against which steps past their clock are overdue.
    static func incident(_ incident: Incident, plan: [ActionStep], now: Date) -> TextPanel {
        let steps = plan.enumerated().map { index, step in
            let overdue = step.overdue(number: index + 1, of: incident, now: now).map { ", \($0)" } ?? ""
            return "[\(incident.stepsDone.contains(index + 1) ? "x" : " ")] " + StepClock.line(step, number: index + 1, openedAt: incident.openedAt) + overdue
        }
        return TextPanel(
            title: "Incident #\(incident.id ?? 0) — \(incident.severity.rawValue) \(incident.kind.rawValue), \(incident.status.rawValue)",
            text: """
                \(incident.summary)

                opened \(Format.day(incident.openedAt)) by \(incident.openedBy)\(incident.closedAt.map { "; closed \(Format.day($0))" } ?? "")

                Action plan:
                \(steps.joined(separator: "\n"))
                """)
    }

    static func criterion(_ criterion: GateCriterion, gate: String) -> TextPanel {
        TextPanel(title: "\(gate): \(criterion.name) — \(Format.status(criterion.status))", text: criterion.detail)
    }

    static func decision(_ decision: Decision) -> TextPanel {
        var lines = [
            "\(decision.kind.stageChange(from: decision.fromStage, to: decision.toStage)), pilot left \(decision.resultingStatus.rawValue)",
            "by \(decision.decidedBy) on \(Format.day(decision.decidedAt))" + (decision.isOverride ? " (OVERRIDE of an unready gate)" : ""),
            "", "Rationale:", decision.rationale,
        ]
        if !decision.conditions.isEmpty { lines += ["", "Conditions:", decision.conditions] }
        return TextPanel(title: "Decision #\(decision.id ?? 0) — \(decision.kind.rawValue)", text: lines.joined(separator: "\n"))
    }
}
