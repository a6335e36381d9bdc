import Foundation
import PilotKit

/// How a metric behaves in the demo hospital before any tool: its usual level, its week-to-week
/// spread, the range it lives in and the decimals it is reported with. Known playbook metrics
/// have figures in line with published pilots; others get a plausible profile from their unit.
struct MetricProfile {
    var start: Double
    var spread: Double
    var range: ClosedRange<Double>
    var decimals: Int

    /// The smallest step a reported value takes.
    var step: Double { pow(10, -Double(decimals)) }

    func reported(_ value: Double) -> Double {
        let scale = pow(10, Double(decimals))
        return min(max((value * scale).rounded() / scale, range.lowerBound), range.upperBound)
    }

    /// A pre-pilot observation around the usual level.
    func baselineValue(_ rng: inout SplitMix64) -> Double {
        reported(start + spread * rng.signedUnit())
    }

    static func of(_ definition: MetricDefinition) -> MetricProfile {
        if let known = known[definition.key] { return known }
        return switch definition.unit {
        case "%": MetricProfile(start: 50, spread: 2, range: 0...100, decimals: 1)
        case "minutes", "hours": MetricProfile(start: 30, spread: 1.5, range: 0...1440, decimals: 1)
        case "count": MetricProfile(start: 1, spread: 1, range: 0...1_000_000, decimals: 0)
        case "1-5": MetricProfile(start: 3.5, spread: 0.08, range: 1...5, decimals: 2)
        case "0-10": MetricProfile(start: 6.5, spread: 0.3, range: 0...10, decimals: 1)
        default: MetricProfile(start: 50, spread: 1, range: 0...1_000_000, decimals: 1)
        }
    }

    private static let known: [String: MetricProfile] = [
        // Ambient scribe
        "doc-time": MetricProfile(start: 16.4, spread: 0.6, range: 0...120, decimals: 1),
        "after-hours-ehr": MetricProfile(start: 64, spread: 3, range: 0...600, decimals: 0),
        "same-day-closure": MetricProfile(start: 57, spread: 2, range: 0...100, decimals: 1),
        "note-quality": MetricProfile(start: 36.2, spread: 0.5, range: 9...45, decimals: 1),
        "major-edits": MetricProfile(start: 27, spread: 1.5, range: 0...100, decimals: 1),
        "significant-errors": MetricProfile(start: 1, spread: 1, range: 0...1000, decimals: 0),
        "burnout": MetricProfile(start: 2.9, spread: 0.06, range: 1...5, decimals: 2),
        "usability": MetricProfile(start: 63, spread: 2, range: 0...100, decimals: 1),
        "recommend": MetricProfile(start: 6.4, spread: 0.25, range: 0...10, decimals: 1),
        "adoption": MetricProfile(start: 14, spread: 3, range: 0...100, decimals: 1),
        // Discharge summary
        "summary-time": MetricProfile(start: 38, spread: 1.5, range: 0...240, decimals: 1),
        "signed-by-discharge": MetricProfile(start: 42, spread: 2.5, range: 0...100, decimals: 1),
        "medication-discrepancies": MetricProfile(start: 2.6, spread: 0.2, range: 0...100, decimals: 1),
        "receiver-rating": MetricProfile(start: 3.4, spread: 0.1, range: 1...5, decimals: 2),
        // Inbox reply
        "task-load": MetricProfile(start: 62, spread: 2, range: 0...100, decimals: 1),
        "draft-use": MetricProfile(start: 12, spread: 2, range: 0...100, decimals: 1),
        "inbox-time": MetricProfile(start: 48, spread: 2.5, range: 0...600, decimals: 1),
        "reply-turnaround": MetricProfile(start: 19, spread: 1.5, range: 0...240, decimals: 1),
        "harmful-sent": MetricProfile(start: 1, spread: 1, range: 0...1000, decimals: 0),
        "empathy": MetricProfile(start: 3.8, spread: 0.06, range: 1...5, decimals: 2),
        // Radiology impression
        "turnaround": MetricProfile(start: 95, spread: 5, range: 0...1440, decimals: 0),
        "laterality-errors": MetricProfile(start: 2.2, spread: 0.2, range: 0...1000, decimals: 1),
        "discordance": MetricProfile(start: 4.5, spread: 0.4, range: 0...100, decimals: 1),
        "follow-up-complete": MetricProfile(start: 71, spread: 2, range: 0...100, decimals: 1),
        // Staff chat
        "answer-accuracy": MetricProfile(start: 88, spread: 1, range: 0...100, decimals: 1),
        "time-to-answer": MetricProfile(start: 11.5, spread: 0.6, range: 0...240, decimals: 1),
        "phi-pasted": MetricProfile(start: 3.5, spread: 0.3, range: 0...1000, decimals: 1),
        "outdated-citations": MetricProfile(start: 2, spread: 1, range: 0...1000, decimals: 0),
        "service-desk-tickets": MetricProfile(start: 140, spread: 8, range: 0...100_000, decimals: 0),
        "weekly-active": MetricProfile(start: 22, spread: 3, range: 0...100, decimals: 1),
    ]
}
