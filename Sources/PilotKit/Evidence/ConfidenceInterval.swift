import Foundation

/// A two-sided 95% interval, by the standard method for each kind of evidence. Every method is
/// checked in the tests against the reference implementation a statistician would use (scipy,
/// statsmodels), with the call that produced each value.
public struct ConfidenceInterval: Codable, Equatable, Hashable, Sendable {
    public var low: Double
    public var high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The normal quantile for a two-sided 95% interval, z(0.975).
    static let z = 1.959963984540054

    /// A mean with standard deviation `sd` over `n` samples: m ± t(0.975, n-1) · sd / √n.
    public static func mean(_ mean: Double, sd: Double, n: Int) -> ConfidenceInterval? {
        guard n >= 2 else { return nil }
        let half = StudentT(degreesOfFreedom: Double(n - 1)).quantile(0.975) * sd / Double(n).squareRoot()
        return ConfidenceInterval(low: mean - half, high: mean + half)
    }

    /// A proportion of `events` in `n`, by Wilson's score interval.
    public static func wilson(events: Int, n: Int) -> ConfidenceInterval? {
        wilson(events: Double(events), n: Double(n))
    }

    /// Wilson's interval for a count that need not be whole: the same share over another n.
    static func wilson(events: Double, n count: Double) -> ConfidenceInterval? {
        guard count >= 1 else { return nil }
        let p = events / count
        let z2 = z * z
        let denominator = 1 + z2 / count
        let center = (p + z2 / (2 * count)) / denominator
        let half = z * (p * (1 - p) / count + z2 / (4 * count * count)).squareRoot() / denominator
        return ConfidenceInterval(low: max(0, center - half), high: min(1, center + half))
    }

    /// A rate of `events` in `n`, exact (Clopper–Pearson): the beta quantiles of the binomial.
    public static func clopperPearson(events: Int, n: Int) -> ConfidenceInterval? {
        guard events >= 0, events <= n else { return nil }
        return clopperPearson(events: Double(events), n: Double(n))
    }

    static func clopperPearson(events x: Double, n count: Double) -> ConfidenceInterval? {
        guard count >= 1, x >= 0, x <= count else { return nil }
        let low = x == 0 ? 0 : IncompleteBeta.inverse(0.025, x, count - x + 1)
        let high = x == count ? 1 : IncompleteBeta.inverse(0.975, x + 1, count - x)
        return ConfidenceInterval(low: low, high: high)
    }

    /// The difference of two means, current − baseline, by Welch's t with Welch–Satterthwaite
    /// degrees of freedom: no equal-variance assumption.
    public static func welch(
        mean: Double, sd: Double, n: Int, baselineMean: Double, baselineSD: Double, baselineN: Int
    ) -> ConfidenceInterval? {
        guard n >= 2, baselineN >= 2 else { return nil }
        let a = sd * sd / Double(n)
        let b = baselineSD * baselineSD / Double(baselineN)
        let se = (a + b).squareRoot()
        let difference = mean - baselineMean
        guard se > 0 else { return ConfidenceInterval(low: difference, high: difference) }
        let df = (a + b) * (a + b) / (a * a / Double(n - 1) + b * b / Double(baselineN - 1))
        let half = StudentT(degreesOfFreedom: df).quantile(0.975) * se
        return ConfidenceInterval(low: difference - half, high: difference + half)
    }

    /// The difference of two proportions, current − baseline, by Newcombe's hybrid score
    /// interval (his method 10): built from the two Wilson intervals.
    public static func newcombe(events: Int, n: Int, baselineEvents: Int, baselineN: Int) -> ConfidenceInterval? {
        newcombe(events: Double(events), n: Double(n), baselineEvents: Double(baselineEvents), baselineN: Double(baselineN))
    }

    static func newcombe(events: Double, n: Double, baselineEvents: Double, baselineN: Double) -> ConfidenceInterval? {
        guard let current = wilson(events: events, n: n), let baseline = wilson(events: baselineEvents, n: baselineN) else { return nil }
        let p1 = events / n
        let p0 = baselineEvents / baselineN
        let difference = p1 - p0
        let low = difference - ((p1 - current.low) * (p1 - current.low) + (baseline.high - p0) * (baseline.high - p0)).squareRoot()
        let high = difference + ((current.high - p1) * (current.high - p1) + (p0 - baseline.low) * (p0 - baseline.low)).squareRoot()
        return ConfidenceInterval(low: low, high: high)
    }
}
