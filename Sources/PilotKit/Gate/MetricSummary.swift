import Foundation

/// A metric's evidence at a stage: the n-weighted value, its baseline and recent trend.
public struct MetricSummary: Codable, Equatable, Hashable, Sendable {
    public var definition: MetricDefinition
    /// n-weighted mean of the stage's measurements; nil when none.
    public var value: Double?
    public var n: Int
    public var baseline: Double?
    public var baselineN: Int
    /// Values in day order, oldest first, for sparklines.
    public var trend: [Double]

    public init(definition: MetricDefinition, value: Double?, n: Int, baseline: Double?, baselineN: Int, trend: [Double]) {
        self.definition = definition
        self.value = value
        self.n = n
        self.baseline = baseline
        self.baselineN = baselineN
        self.trend = trend
    }

    /// Builds the summary from raw measurements of one pilot (pure; the store does the same in SQL).
    public static func summarize(_ definition: MetricDefinition, measurements: [MetricMeasurement], stage: Stage) -> MetricSummary {
        let mine = measurements.filter { $0.metricKey == definition.key }.sorted { $0.day < $1.day }
        let current = mine.filter { !$0.isBaseline && $0.stage == stage }
        let baseline = mine.filter(\.isBaseline)
        func weighted(_ items: [MetricMeasurement]) -> (Double?, Int) {
            let n = items.reduce(0) { $0 + $1.n }
            guard n > 0 else { return (nil, 0) }
            return (items.reduce(0) { $0 + $1.value * Double($1.n) } / Double(n), n)
        }
        let (value, n) = weighted(current)
        let (base, baseN) = weighted(baseline)
        return MetricSummary(
            definition: definition, value: value, n: n, baseline: base, baselineN: baseN,
            trend: mine.filter { !$0.isBaseline }.suffix(24).map(\.value))
    }

    /// Whether the target is met, with too few samples treated as insufficient evidence.
    public func status(minSamples: Int) -> CriterionStatus {
        guard let value, n >= minSamples else { return .insufficient }
        if definition.target.needsBaseline, baseline == nil { return .insufficient }
        return definition.target.isMet(by: value, direction: definition.direction, baseline: baseline) == true ? .met : .unmet
    }
}
