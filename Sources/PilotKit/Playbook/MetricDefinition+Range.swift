import Foundation

extension MetricDefinition {
    /// The values a measurement in this metric's unit can take: 0 to 100 for a percentage, the
    /// bounds of a scale written `1-5`, never below zero for counts, durations, rates and scores;
    /// nil when the unit says nothing about its range.
    public var plausibleValues: ClosedRange<Double>? {
        let unit = unit.trimmingWhitespace().lowercased()
        if unit == "%" { return 0...100 }
        let bounds = unit.split(separator: "-", omittingEmptySubsequences: false)
        if bounds.count == 2, let low = Double(bounds[0]), let high = Double(bounds[1]), low <= high { return low...high }
        let nonNegative = ["count", "score", "seconds", "minutes", "hours", "days", "weeks"]
        if nonNegative.contains(unit) || unit.hasPrefix("per ") { return 0...Double.greatestFiniteMagnitude }
        return nil
    }
}
