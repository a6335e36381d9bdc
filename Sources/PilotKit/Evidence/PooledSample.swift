import Foundation

/// One stage's measurements of a metric pooled into a single sample of size `n`.
///
/// - mean: m = Σ nᵢmᵢ / N; s² = (Σ (nᵢ−1)sᵢ² + Σ nᵢ(mᵢ−m)²) / (N−1), within plus between; the sd
///   is unknown when a measurement of more than one sample has none.
/// - proportion: events x = Σ round(nᵢpᵢ), pᵢ the value as a fraction (a `%` value over 100).
/// - events: x = Σ valueᵢ events among N samples.
public struct PooledSample: Codable, Equatable, Hashable, Sendable {
    public var kind: MetricKind
    public var n: Int
    /// The mean, or the share in the metric's unit (x / N, times 100 for `%`), or the event count.
    public var value: Double
    /// Means only: nil when unknown.
    public var sd: Double?
    /// Proportions and events: the pooled count x.
    public var events: Int?
    /// Proportions and events: x / N, kept when the sample is rescaled to another n.
    public internal(set) var share: Double?
    /// What a share is multiplied by to be in the metric's unit: 100 for `%`, else 1.
    public var scale: Double

    public init?(kind: MetricKind, unit: String, observations: [Observation]) {
        let scale = Self.scale(of: unit)
        var sums = MeasurementSums()
        for observation in observations {
            let n = Double(observation.n)
            sums.n += observation.n
            sums.weighted += n * observation.value
            sums.weightedSquares += n * observation.value * observation.value
            sums.within += (n - 1) * (observation.sd ?? 0) * (observation.sd ?? 0)
            if observation.sd == nil, observation.n > 1 { sums.withoutSD += 1 }
            sums.shareEvents += Int((n * observation.value / scale).rounded())
            sums.countedEvents += Int(observation.value.rounded())
        }
        self.init(kind: kind, unit: unit, sums: sums)
    }

    /// The sample from sums a database adds up (`MeasurementSums`), without reading each row.
    public init?(kind: MetricKind, unit: String, sums: MeasurementSums) {
        guard sums.n > 0 else { return nil }
        let total = Double(sums.n)
        self.kind = kind
        n = sums.n
        scale = Self.scale(of: unit)
        switch kind {
        case .mean:
            value = sums.weighted / total
            let between = max(0, sums.weightedSquares - total * value * value)
            sd = sums.withoutSD > 0 || sums.n < 2 ? nil : ((sums.within + between) / (total - 1)).squareRoot()
        case .proportion:
            events = sums.shareEvents
            share = Double(sums.shareEvents) / total
            value = Double(sums.shareEvents) / total * scale
        case .events:
            events = sums.countedEvents
            share = Double(sums.countedEvents) / total
            value = Double(sums.countedEvents)
        }
    }

    static func scale(of unit: String) -> Double { unit.trimmingWhitespace() == "%" ? 100 : 1 }

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
