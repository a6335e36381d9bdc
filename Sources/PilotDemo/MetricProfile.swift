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
    /// A mean's standard deviation across the samples behind a figure (visits, respondents, care
    /// teams for a rate), recorded with each figure; 0 for shares and counts, which have none.
    var sd: Double = 0

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

    /// A standard deviation as it would be reported: two significant digits, within ±10% of the usual.
    func reportedSD(_ rng: inout SplitMix64) -> Double {
        let value = sd * (1 + 0.1 * rng.signedUnit())
        let scale = pow(10, 1 - floor(log10(value)))
        return (value * scale).rounded() / scale
    }

    static func of(_ definition: MetricDefinition) -> MetricProfile {
        if let known = known[definition.key] { return known }
        return switch definition.unit {
        case "%": MetricProfile(start: 50, spread: 2, range: 0...100, decimals: 1)
        case "minutes", "hours": MetricProfile(start: 30, spread: 1.5, range: 0...1440, decimals: 1, sd: 9)
        case "count": MetricProfile(start: 1, spread: 1, range: 0...1_000_000, decimals: 0)
        case "1-5": MetricProfile(start: 3.5, spread: 0.08, range: 1...5, decimals: 2, sd: 0.8)
        case "0-10": MetricProfile(start: 6.5, spread: 0.3, range: 0...10, decimals: 1, sd: 1.9)
        default: MetricProfile(start: 50, spread: 1, range: 0...1_000_000, decimals: 1, sd: 12)
        }
    }

    private static let known: [String: MetricProfile] = [
        // Ambient scribe
        "doc-time": MetricProfile(start: 16.4, spread: 0.6, range: 0...120, decimals: 1, sd: 4.5),
        "after-hours-ehr": MetricProfile(start: 64, spread: 3, range: 0...600, decimals: 0, sd: 24),
        "same-day-closure": MetricProfile(start: 57, spread: 2, range: 0...100, decimals: 1),
        "note-quality": MetricProfile(start: 36.2, spread: 0.5, range: 9...45, decimals: 1, sd: 4.2),
        "major-edits": MetricProfile(start: 27, spread: 1.5, range: 0...100, decimals: 1),
        "significant-errors": MetricProfile(start: 1, spread: 1, range: 0...1000, decimals: 0),
        "burnout": MetricProfile(start: 2.9, spread: 0.06, range: 1...5, decimals: 2, sd: 0.75),
        "usability": MetricProfile(start: 63, spread: 2, range: 0...100, decimals: 1, sd: 13),
        "recommend": MetricProfile(start: 6.4, spread: 0.25, range: 0...10, decimals: 1, sd: 1.9),
        "adoption": MetricProfile(start: 14, spread: 3, range: 0...100, decimals: 1),
        // Discharge summary
        "summary-time": MetricProfile(start: 38, spread: 1.5, range: 0...240, decimals: 1, sd: 11),
        "signed-by-discharge": MetricProfile(start: 42, spread: 2.5, range: 0...100, decimals: 1),
        "medication-discrepancies": MetricProfile(start: 2.6, spread: 0.2, range: 0...100, decimals: 1, sd: 0.6),
        "receiver-rating": MetricProfile(start: 3.4, spread: 0.1, range: 1...5, decimals: 2, sd: 0.8),
        // Inbox reply
        "task-load": MetricProfile(start: 62, spread: 2, range: 0...100, decimals: 1, sd: 14),
        "draft-use": MetricProfile(start: 12, spread: 2, range: 0...100, decimals: 1),
        "inbox-time": MetricProfile(start: 48, spread: 2.5, range: 0...600, decimals: 1, sd: 19),
        "reply-turnaround": MetricProfile(start: 19, spread: 1.5, range: 0...240, decimals: 1, sd: 9),
        "harmful-sent": MetricProfile(start: 1, spread: 1, range: 0...1000, decimals: 0),
        "empathy": MetricProfile(start: 3.8, spread: 0.06, range: 1...5, decimals: 2, sd: 0.7),
        // Radiology impression
        "turnaround": MetricProfile(start: 95, spread: 5, range: 0...1440, decimals: 0, sd: 38),
        "laterality-errors": MetricProfile(start: 2.2, spread: 0.2, range: 0...1000, decimals: 1, sd: 0.8),
        "discordance": MetricProfile(start: 4.5, spread: 0.4, range: 0...100, decimals: 1),
        "follow-up-complete": MetricProfile(start: 71, spread: 2, range: 0...100, decimals: 1),
        // Staff chat
        "answer-accuracy": MetricProfile(start: 88, spread: 1, range: 0...100, decimals: 1),
        "time-to-answer": MetricProfile(start: 11.5, spread: 0.6, range: 0...240, decimals: 1, sd: 5),
        "phi-pasted": MetricProfile(start: 3.5, spread: 0.3, range: 0...1000, decimals: 1, sd: 1.2),
        "outdated-citations": MetricProfile(start: 2, spread: 1, range: 0...1000, decimals: 0),
        "service-desk-tickets": MetricProfile(start: 140, spread: 8, range: 0...100_000, decimals: 0, sd: 15),
        "weekly-active": MetricProfile(start: 22, spread: 3, range: 0...100, decimals: 1),
    ]
}
