import Foundation
import PilotKit
import TerminalKit

/// Short renderings of domain values for table cells.
enum Format {
    static func number(_ value: Double?) -> String { NumberText.display(value) }

    static func readiness(_ readiness: GateReadiness?) -> String {
        guard let readiness else { return "…" }
        if readiness.to == nil {
            guard readiness.isInGeneralUse else { return "–" }
            if readiness.reviewOverdue { return "review overdue" }
            return readiness.unmet.first?.name ?? "final"
        }
        if readiness.blocked { return "blocked" }
        if readiness.ready { return "ready" }
        return "\(readiness.metCount)/\(readiness.criteria.count)"
    }

    /// The next gate as a portfolio cell of `width`: "ready", "final", "–", or the first unmet
    /// criterion and how many more ("sign-offs +2", the name cut before the count); where there
    /// is no room for names, how many are unmet.
    static func gate(_ readiness: GateReadiness?, naming: Bool, width: Int = .max) -> String {
        guard let readiness else { return "…" }
        let unmet = readiness.unmet
        guard readiness.to != nil, let first = unmet.first else { return Self.readiness(readiness) }
        guard naming else { return "\(unmet.count) unmet" }
        let more = unmet.count > 1 ? " +\(unmet.count - 1)" : ""
        return first.name.truncated(toWidth: max(1, width - more.count)) + more
    }

    /// The next gate as a sentence: where it leads, how much is met, and the first thing that
    /// keeps it closed.
    static func nextGate(_ readiness: GateReadiness) -> String {
        guard let to = readiness.to else {
            guard readiness.isInGeneralUse else { return "none" }
            let drifted = readiness.driftedWorse
            let drift = drifted.isEmpty ? nil : "drifted worse: \(drifted.joined(separator: ", ")) (the Decisions tab holds every metric)"
            return (["none: in general use", readiness.review, drift].compactMap { $0 }).joined(separator: "; ")
        }
        let state = readiness.ready ? "ready" : "\(readiness.metCount) of \(readiness.criteria.count) met\(readiness.blocked ? ", BLOCKED" : "")"
        let unmet = readiness.unmet
        let first = unmet.first.map { "; first unmet: \($0.name) — \($0.detail)" + (unmet.count > 1 ? " (and \(unmet.count - 1) more)" : "") } ?? ""
        return "to \(to.rawValue): \(state)\(first); c opens the checklist"
    }

    static func readinessStyle(_ readiness: GateReadiness?, theme: Theme) -> Style? {
        guard let readiness else { return theme.muted }
        if readiness.blocked { return theme.bad }
        if readiness.to == nil { return readiness.unmet.isEmpty ? theme.muted : theme.warn }
        return readiness.ready ? theme.ok : theme.warn
    }

    static func status(_ pilot: Pilot) -> String {
        pilot.needsRevalidation ? "\(pilot.status.rawValue)*" : pilot.status.rawValue
    }

    static func statusStyle(_ status: PilotStatus, theme: Theme) -> Style {
        switch status {
        case .active: theme.ok
        case .paused: theme.bad
        case .rolledBack: theme.warn
        case .retired: theme.muted
        }
    }

    /// Domains in scope by sensitivity: "R1 H2 M0 L1".
    static func exposure(_ exposure: [Sensitivity: Int]) -> String {
        Sensitivity.allCases.reversed().compactMap { level in
            let count = exposure[level] ?? 0
            return count > 0 ? "\(level.rawValue.prefix(1).uppercased())\(count)" : nil
        }.joined(separator: " ")
    }

    static func status(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "✔ met"
        case .unmet: "✘ unmet"
        case .waived: "– waived"
        case .insufficient: "? insufficient"
        case .inconclusive: "~ inconclusive"
        }
    }

    static func criterionStyle(_ status: CriterionStatus, theme: Theme) -> Style {
        switch status {
        case .met: theme.ok
        case .unmet: theme.bad
        case .waived: theme.muted
        case .insufficient, .inconclusive: theme.warn
        }
    }

    static func day(_ date: Date) -> String { Day(date).description }

    static let stageNames = Stage.allCases.map(\.rawValue)
}
