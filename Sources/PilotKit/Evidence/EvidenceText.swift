import Foundation

/// The words an interval judgement is shown in, the same in the gate, the dashboard, the CLI and
/// the reports: "95% 7.2 to 8.8", "inconclusive: about 140 more samples".
public enum EvidenceText {
    /// "95% 7.2 to 8.8" in the metric's unit; an event rate as a share of samples ("95% 0% to 2.6%").
    public static func interval(_ interval: ConfidenceInterval, kind: MetricKind) -> String {
        "95% \(bounds(interval, kind: kind))"
    }

    /// "7.2 to 8.8", for a column already headed 95%.
    public static func bounds(_ interval: ConfidenceInterval, kind: MetricKind) -> String {
        kind == .events
            ? "\(number(interval.low * 100))% to \(number(interval.high * 100))%"
            : "\(number(interval.low)) to \(number(interval.high))"
    }

    /// The interval of current − baseline, signed; an event rate's per 100 samples.
    public static func difference(_ interval: ConfidenceInterval, kind: MetricKind) -> String {
        "95% \(differenceBounds(interval, kind: kind))"
    }

    /// "-2.9 to -1.1", for a column already headed 95%.
    public static func differenceBounds(_ interval: ConfidenceInterval, kind: MetricKind) -> String {
        "\(signed(interval.low)) to \(signed(interval.high))\(kind == .events ? " per 100 samples" : "")"
    }

    static func signed(_ value: Double) -> String {
        let text = number(value)
        return value > 0 && text != "0" ? "+\(text)" : text
    }

    /// An interval's end, as every figure is shown (`NumberText.display`).
    public static func number(_ value: Double) -> String { NumberText.display(value) }

    /// "about 140 more", not 137: the estimate is not that precise. Two significant digits, up.
    public static func roughly(_ count: Int) -> Int {
        guard count >= 100 else { return max(count, 1) }
        let unit = Int(pow(10, floor(log10(Double(count))) - 1))
        return (count + unit - 1) / unit * unit
    }

    /// What would decide an inconclusive target: "about 140 more samples", or that no size does.
    public static func moreSamples(_ judgement: TargetJudgement, n: Int) -> String {
        judgement.neededN.map { "about \(roughly($0 - n)) more samples" } ?? "cannot be decided at this estimate"
    }
}
