import Foundation

/// A metric's target judged on the interval that matters: of the value for `<= X` and `>= X`, of
/// the difference current − baseline for relative targets; with the sample size that would
/// decide an inconclusive result at the current estimate and spread.
public struct TargetJudgement: Equatable, Sendable {
    public var status: EvidenceStatus
    /// The interval the target was judged on (of the value, or of the difference).
    public var interval: ConfidenceInterval?
    /// The difference's interval, when the target is relative to the baseline.
    public var difference: ConfidenceInterval?
    /// The threshold the interval was held to, in the metric's unit.
    public var threshold: Double?
    /// How many samples in all (current stage) would decide an inconclusive target; nil when it
    /// is decided, or when the estimate sits on the threshold so no sample size decides it.
    public var neededN: Int?
    /// Why it is insufficient, or the exact bound of a zero-tolerance target, in words.
    public var note: String

    /// The non-inferiority margin when a playbook gives none: 5% of the baseline.
    public static let defaultMarginShare = 0.05

    public static func judge(
        target: MetricTarget, direction: MetricDirection, margin: Double?, current: PooledSample?, baseline: PooledSample?,
        minSamples: Int
    ) -> TargetJudgement {
        guard let current, current.n >= minSamples else {
            return insufficient("\(current?.n ?? 0) samples; at least \(minSamples) needed")
        }
        if current.kind == .mean, current.sd == nil { return insufficient("no standard deviation recorded: the interval is unknown") }
        if case .atMost(let limit) = target, current.kind == .events, limit == 0 { return zeroTolerance(current) }
        switch target {
        case .atMost(let limit), .atLeast(let limit):
            let bound = current.kind == .events ? limit / 100 : limit
            let atMost = { if case .atMost = target { return true } else { return false } }()
            return decide(
                atMost ? .atMost : .atLeast, threshold: bound, current: current,
                interval: { current.rescaled(by: $0).interval }, difference: false)
        case .percentVsBaseline, .pointsVsBaseline, .notWorseThanBaseline:
            guard let baseline, baseline.n >= 2 else { return insufficient("no baseline: a relative target needs one") }
            if baseline.kind == .mean, baseline.sd == nil { return insufficient("the baseline has no standard deviation") }
            let threshold: Double
            var side: Side = direction == .lower ? .atMost : .atLeast
            switch target {
            case .percentVsBaseline(let percent): threshold = percent / 100 * baseline.level
            case .pointsVsBaseline(let points): threshold = points
            default:
                let m = margin ?? defaultMarginShare * abs(baseline.level)
                threshold = direction == .lower ? m : -m
                side = direction == .lower ? .atMost : .atLeast
            }
            return decide(
                side, threshold: threshold, current: current,
                interval: { current.rescaled(by: $0).difference(from: baseline.rescaled(by: $0)) }, difference: true)
        }
    }

    enum Side { case atMost, atLeast }

    /// Met, not met or inconclusive for the interval at the current size; the size that decides.
    private static func decide(
        _ side: Side, threshold: Double, current: PooledSample, interval: (Double) -> ConfidenceInterval?, difference: Bool
    ) -> TargetJudgement {
        guard let now = interval(1) else { return insufficient("too few samples for an interval") }
        let status = verdict(now, side, threshold)
        var judgement = TargetJudgement(
            status: status, interval: now, difference: difference ? now : nil, threshold: threshold, neededN: nil, note: "")
        if status == .inconclusive { judgement.neededN = neededN(current.n, side, threshold, interval) }
        return judgement
    }

    static func verdict(_ interval: ConfidenceInterval, _ side: Side, _ threshold: Double) -> EvidenceStatus {
        switch side {
        case .atMost: interval.high <= threshold ? .met : interval.low > threshold ? .notMet : .inconclusive
        case .atLeast: interval.low >= threshold ? .met : interval.high < threshold ? .notMet : .inconclusive
        }
    }

    /// The smallest total n that decides the target if the estimate and spread stay as they are:
    /// doubling to a size that decides, then bisection. Nil when even a billion samples do not.
    static func neededN(_ n: Int, _ side: Side, _ threshold: Double, _ interval: (Double) -> ConfidenceInterval?) -> Int? {
        func decides(_ size: Int) -> Bool {
            interval(Double(size) / Double(n)).map { verdict($0, side, threshold) != .inconclusive } ?? false
        }
        var high = n
        while !decides(high) {
            if high > 1_000_000_000 { return nil }
            high *= 2
        }
        var low = max(n, high / 2)
        while low < high {
            let middle = (low + high) / 2
            if decides(middle) { high = middle } else { low = middle + 1 }
        }
        return high
    }

    /// Zero tolerance: met only with no event in at least min_samples, and always the exact bound.
    private static func zeroTolerance(_ current: PooledSample) -> TargetJudgement {
        let interval = current.interval
        let events = current.events ?? 0
        let bound = interval.map { String(format: "%.1f%%", $0.high * 100) } ?? "–"
        return TargetJudgement(
            status: events == 0 ? .met : .notMet, interval: interval, difference: nil, threshold: 0, neededN: nil,
            note: "\(events) of \(current.n); at most \(bound) (95%)")
    }

    private static func insufficient(_ why: String) -> TargetJudgement {
        TargetJudgement(status: .insufficient, interval: nil, difference: nil, threshold: nil, neededN: nil, note: why)
    }
}

extension PooledSample {
    /// The value relative targets and margins are taken of: event counts as events per 100 samples.
    var level: Double { kind == .events ? (share ?? 0) * 100 : value }

    /// The same estimate and spread over `factor` times the samples: what more data would show
    /// if it looked like the data so far.
    func rescaled(by factor: Double) -> PooledSample {
        guard factor != 1 else { return self }
        var copy = self
        copy.n = max(1, Int((Double(n) * factor).rounded()))
        return copy
    }

    /// The interval of self − baseline: Welch for means, Newcombe for shares and event rates (in
    /// the metric's unit; event rates per 100 samples).
    func difference(from baseline: PooledSample) -> ConfidenceInterval? {
        switch kind {
        case .mean:
            guard let sd, let baselineSD = baseline.sd else { return nil }
            return .welch(mean: value, sd: sd, n: n, baselineMean: baseline.value, baselineSD: baselineSD, baselineN: baseline.n)
        case .proportion, .events:
            guard let share, let baselineShare = baseline.share else { return nil }
            return ConfidenceInterval.newcombe(
                events: share * Double(n), n: Double(n), baselineEvents: baselineShare * Double(baseline.n), baselineN: Double(baseline.n)
            )?.scaled(by: kind == .events ? 100 : scale)
        }
    }
}
