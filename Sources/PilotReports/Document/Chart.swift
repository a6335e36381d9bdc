import Foundation
import PilotKit

/// A chart as data: HTML draws it as inline SVG, Markdown as text. `altText` says in words what
/// the chart shows, for screen readers and for formats without pictures.
enum Chart: Hashable, Sendable {
    /// Recent values of a metric with its target and baseline lines.
    struct Trend: Hashable, Sendable {
        var title: String
        var unit: String
        var values: [Double]
        var target: Double?
        var baseline: Double?
        /// The 95% interval of the pooled current value, drawn as a whisker after the newest value.
        var interval: ConfidenceInterval? = nil
    }

    /// Counts per label, e.g. ratings 1 to 5 or pilots per stage.
    struct Bars: Hashable, Sendable {
        struct Bar: Hashable, Sendable {
            var label: String
            var count: Int
        }

        var title: String
        var bars: [Bar]
    }

    /// Risks per likelihood x impact cell.
    struct HeatMap: Hashable, Sendable {
        var title: String
        /// `counts[likelihood - 1][impact - 1]`.
        var counts: [[Int]]
    }

    /// A pilot's path through the stages over time.
    struct Timeline: Hashable, Sendable {
        struct Step: Hashable, Sendable {
            var on: Day
            var stage: Stage
            var label: String
        }

        var title: String
        var steps: [Step]
        /// The day the path is drawn up to (the report's date).
        var end: Day
    }

    case trend(Trend)
    case bars(Bars)
    case heatMap(HeatMap)
    case timeline(Timeline)

    var title: String {
        switch self {
        case .trend(let chart): chart.title
        case .bars(let chart): chart.title
        case .heatMap(let chart): chart.title
        case .timeline(let chart): chart.title
        }
    }

    var altText: String {
        switch self {
        case .trend(let chart):
            guard let first = chart.values.first, let last = chart.values.last else { return "\(chart.title): no values recorded." }
            var words = [
                "\(chart.values.count) values from \(Display.measure(first, unit: chart.unit)) to \(Display.measure(last, unit: chart.unit))"
            ]
            if let target = chart.target { words.append("target line at \(Display.measure(target, unit: chart.unit))") }
            if let interval = chart.interval {
                words.append("pooled 95% interval \(Display.measure(interval.low, unit: chart.unit)) to \(Display.measure(interval.high, unit: chart.unit))")
            }
            if let baseline = chart.baseline { words.append("baseline \(Display.measure(baseline, unit: chart.unit))") }
            return "\(chart.title): \(words.joined(separator: "; "))."
        case .bars(let chart):
            return "\(chart.title): \(chart.bars.map { "\($0.label): \($0.count)" }.joined(separator: ", "))."
        case .heatMap(let chart):
            let cells = chart.counts.enumerated().flatMap { likelihood, row in
                row.enumerated().compactMap { impact, count in
                    count > 0 ? "\(count) at likelihood \(likelihood + 1) and impact \(impact + 1)" : nil
                }
            }
            return "\(chart.title): \(cells.isEmpty ? "no risks" : cells.reversed().joined(separator: ", "))."
        case .timeline(let chart):
            return "\(chart.title): \(chart.steps.map { "\($0.stage.title) from \($0.on) (\($0.label))" }.joined(separator: ", then "))."
        }
    }
}
