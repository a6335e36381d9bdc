import Foundation
import PilotKit

/// Words and figures as every format prints them: locale-free and identical on every machine, so
/// reports are deterministic.
public enum Display {
    static let missing = NumberText.missing

    static func number(_ value: Double?) -> String { NumberText.display(value) }

    /// `2026-03-02 09:15 UTC`: reports are read across time zones.
    static func timestamp(_ date: Date) -> String {
        "\(isoTimestamp(date).prefix(16).replacingOccurrences(of: "T", with: " ")) UTC"
    }

    /// `2026-03-02T09:15:00Z`, for data formats and the dashboard's audit entries.
    public static func isoTimestamp(_ date: Date) -> String {
        let day = Day(date)
        let seconds = Int((date.timeIntervalSince1970 - Double(day.ordinal) * 86_400).rounded(.down))
        return "\(day)T\(String(format: "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60))Z"
    }

    static func day(_ day: Day?) -> String { day?.description ?? missing }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    /// "3 risks", "1 risk".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A value with its unit as people write it: 62.5%, 12 minutes, 7.8 (0-10); scores and counts bare.
    static func measure(_ value: Double?, unit: String) -> String {
        guard value != nil else { return missing }
        if unit == "%" { return "\(number(value))%" }
        if ["", "count", "score"].contains(unit) { return number(value) }
        return unit.first?.isNumber == true ? "\(number(value)) (\(unit))" : "\(number(value)) \(unit)"
    }

    static func tone(_ status: CriterionStatus) -> Tone {
        switch status {
        case .met: .good
        case .waived: .plain
        case .unmet: .bad
        case .insufficient, .inconclusive: .caution
        }
    }

    /// "to controlled pilot: 12 of 14 met; ready".
    static func readiness(_ readiness: ReadinessSummary) -> (text: String, tone: Tone) {
        guard let to = readiness.to else { return ("no further gate", .plain) }
        let verdict = readiness.blocked ? "blocked" : readiness.ready ? "ready" : "not ready"
        return (
            "to \(to.title): \(readiness.met) of \(readiness.total) met; \(verdict)",
            readiness.blocked ? .bad : readiness.ready ? .good : .caution
        )
    }

    static func status(_ status: PilotStatus, reason: String) -> String {
        reason.isEmpty ? status.title : "\(status.title) (\(reason))"
    }
}
