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
    /// The stage's measurements pooled for their interval (`PooledSample`), and the baseline's.
    public var sample: PooledSample?
    public var baselineSample: PooledSample?

    public init(
        definition: MetricDefinition, value: Double?, n: Int, baseline: Double?, baselineN: Int, trend: [Double],
        sample: PooledSample? = nil, baselineSample: PooledSample? = nil
    ) {
        self.definition = definition
        self.value = value
        self.n = n
        self.baseline = baseline
        self.baselineN = baselineN
        self.trend = trend
        self.sample = sample
        self.baselineSample = baselineSample
    }

    /// The target judged on the 95% interval: met, not met, inconclusive (with the size that
    /// would decide it) or insufficient.
    public func judgement(minSamples: Int) -> TargetJudgement {
        TargetJudgement.judge(
            target: definition.target, direction: definition.direction, margin: definition.margin, current: sample,
            baseline: baselineSample, minSamples: minSamples)
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
        func pooled(_ items: [MetricMeasurement]) -> PooledSample? {
            PooledSample(
                kind: definition.statisticalKind, unit: definition.unit, observations: items.map { Observation(value: $0.value, n: $0.n, sd: $0.sd) })
        }
        return MetricSummary(
            definition: definition, value: value, n: n, baseline: base, baselineN: baseN,
            trend: mine.filter { !$0.isBaseline }.suffix(24).map(\.value), sample: pooled(current), baselineSample: pooled(baseline))
    }
}
