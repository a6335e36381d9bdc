import Foundation

/// One stage's measurements of a metric pooled into a single sample of size `n`.
///
/// - mean: m = Σ nᵢmᵢ / N; s² = (Σ (nᵢ−1)sᵢ² + Σ nᵢ(mᵢ−m)²) / (N−1), within plus between; the sd
///   is unknown when a measurement of more than one sample has none.
/// - proportion: events x = Σ round(nᵢpᵢ), pᵢ the value as a fraction (a `%` value over 100).
/// - events: x = Σ valueᵢ events among N samples.
public struct PooledSample: Equatable, Sendable {
    public var kind: MetricKind
    public var n: Int
    /// The mean, or the share in the metric's unit (x / N, times 100 for `%`), or the event count.
    public var value: Double
    /// Means only: nil when unknown.
    public var sd: Double?
    /// Proportions and events: the pooled count x.
    public var events: Int?
    /// Proportions and events: x / N, kept when the sample is rescaled to another n.
    var share: Double?
    /// What a share is multiplied by to be in the metric's unit: 100 for `%`, else 1.
    public var scale: Double

    public init?(kind: MetricKind, unit: String, observations: [Observation]) {
        let total = observations.reduce(0) { $0 + $1.n }
        guard total > 0 else { return nil }
        self.kind = kind
        n = total
        let scale: Double = unit.trimmingCharacters(in: .whitespaces) == "%" ? 100 : 1
        self.scale = scale
        switch kind {
        case .mean:
            let mean = observations.reduce(0) { $0 + Double($1.n) * $1.value } / Double(total)
            value = mean
            events = nil
            if observations.contains(where: { $0.sd == nil && $0.n > 1 }) || total < 2 {
                sd = nil
            } else {
                let within = observations.reduce(0) { $0 + Double($1.n - 1) * ($1.sd ?? 0) * ($1.sd ?? 0) }
                let between = observations.reduce(0) { $0 + Double($1.n) * ($1.value - mean) * ($1.value - mean) }
                sd = ((within + between) / Double(total - 1)).squareRoot()
            }
        case .proportion:
            let x = observations.reduce(0) { $0 + Int((Double($1.n) * $1.value / scale).rounded()) }
            events = x
            share = Double(x) / Double(total)
            value = Double(x) / Double(total) * scale
            sd = nil
        case .events:
            let x = observations.reduce(0) { $0 + Int($1.value.rounded()) }
            events = x
            share = Double(x) / Double(total)
            value = Double(x)
            sd = nil
        }
    }

    /// The 95% interval of the value: Student t for a mean (nil without an sd), Wilson for a
    /// share (in the metric's unit), Clopper–Pearson for the event rate (events per sample).
    public var interval: ConfidenceInterval? {
        switch kind {
        case .mean: sd.flatMap { ConfidenceInterval.mean(value, sd: $0, n: n) }
        case .proportion: share.flatMap { ConfidenceInterval.wilson(events: $0 * Double(n), n: Double(n)) }.map { $0.scaled(by: scale) }
        case .events: share.flatMap { ConfidenceInterval.clopperPearson(events: $0 * Double(n), n: Double(n)) }
        }
    }
}

extension ConfidenceInterval {
    func scaled(by factor: Double) -> ConfidenceInterval { ConfidenceInterval(low: low * factor, high: high * factor) }
}
