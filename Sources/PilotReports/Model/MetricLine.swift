import Foundation
import PilotKit

/// One metric against its baseline and target, with the sample count and recent trend.
public struct MetricLine: Codable, Hashable, Sendable {
    @Sanitized public var key: String
    @Sanitized public var name: String
    @Sanitized public var unit: String
    public var direction: MetricDirection
    /// How its measurements pool: which interval they get.
    public var kind: MetricKind = .mean
    /// The target as the playbook states it ("-15%", "<= 20", "not worse").
    @Sanitized public var target: String
    /// Whether the target is relative to the baseline ("-15%", "+6 points", "not worse").
    public var relative: Bool
    /// The value to reach, resolved against the baseline; nil when a needed baseline is missing.
    public var threshold: Double?
    /// n-weighted value at the current stage; nil when nothing was measured.
    public var value: Double?
    public var n: Int
    public var baseline: Double?
    public var baselineN: Int
    /// Recent values, oldest first.
    public var trend: [Double]
    public var status: CriterionStatus
    /// The 95% interval of the pooled value in the metric's unit (an event count's: events per
    /// sample); nil when unknown (a mean without a standard deviation, nothing measured).
    public var interval: ConfidenceInterval? = nil
    /// The 95% interval of current − baseline, for a relative target; an event rate's per 100 samples.
    public var difference: ConfidenceInterval? = nil
    /// Why the status is what it is, when the numbers alone do not say: "about 140 more samples"
    /// for an inconclusive target, the reason it is insufficient, a zero-tolerance count's exact bound.
    public var reason: String = ""
    /// Fewer samples than the playbook trusts: shown with a warning.
    public var fewSamples: Bool
    /// Whether the next gate holds the pilot to this metric.
    public var gated: Bool
}

extension MetricLine {
    init(_ summary: MetricSummary, minSamples: Int, gated: Bool) {
        let definition = summary.definition
        let judgement = summary.judgement(minSamples: minSamples)
        self.init(
            key: definition.key, name: definition.name, unit: definition.unit, direction: definition.direction,
            kind: definition.statisticalKind,
            target: definition.target.description, relative: definition.target.needsBaseline, threshold: definition.target.threshold(baseline: summary.baseline),
            value: summary.value, n: summary.n, baseline: summary.baseline, baselineN: summary.baselineN,
            trend: summary.trend, status: CriterionStatus(judgement.status), interval: summary.sample?.interval,
            difference: judgement.difference,
            reason: judgement.status == .inconclusive ? EvidenceText.moreSamples(judgement, n: summary.sample?.n ?? 0) : judgement.note,
            fewSamples: summary.n < minSamples, gated: gated)
    }
}
