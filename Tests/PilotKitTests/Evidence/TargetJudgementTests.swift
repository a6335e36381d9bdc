import Testing
@testable import PilotKit

/// Pooling a stage's measurements, and the three outcomes of a target on its interval.
struct TargetJudgementTests {
    func judge(_ target: String, _ direction: MetricDirection = .lower, margin: Double? = nil, unit: String = "minutes",
               kind: MetricKind? = nil, current: [Observation], baseline: [Observation] = []) throws -> TargetJudgement {
        let kind = kind ?? MetricKind.implied(byUnit: unit)
        return TargetJudgement.judge(
            target: try MetricTarget(parsing: target, field: "target"), direction: direction, margin: margin,
            current: PooledSample(kind: kind, unit: unit, observations: current),
            baseline: PooledSample(kind: kind, unit: unit, observations: baseline), minSamples: 10)
    }

    @Test("means pool within and between measurements")
    func pooledMean() throws {
        // Raw samples with exactly these group means and sds, concatenated:
        // numpy: allv.mean() == 11.2, allv.std(ddof=1) == 3.7334669558205658
        let pooled = try #require(PooledSample(kind: .mean, unit: "minutes", observations: [
            Observation(value: 10, n: 20, sd: 3), Observation(value: 12, n: 30, sd: 4),
        ]))
        #expect(pooled.n == 50 && ConfidenceIntervalTests.close(pooled.value, 11.2))
        #expect(ConfidenceIntervalTests.close(try #require(pooled.sd), 3.7334669558205658))
        #expect(PooledSample(kind: .mean, unit: "minutes", observations: [Observation(value: 10, n: 20)])?.sd == nil)
    }

    @Test("shares pool as whole events; a % value is a share of 100")
    func pooledShare() throws {
        let pooled = try #require(PooledSample(kind: .proportion, unit: "%", observations: [
            Observation(value: 25, n: 20), Observation(value: 30, n: 30),
        ]))
        #expect(pooled.events == 14 && pooled.n == 50)
        #expect(ConfidenceIntervalTests.close(pooled.value, 28))
    }

    @Test("a mean target: met, not met, inconclusive with the size that decides it")
    func meanTargets() throws {
        // 12.3 ± 2.605 (n 12): inconclusive against <= 14; the smallest n with
        // 12.3 + t(0.975, n-1)·4.1/√n <= 14 is 25 (scipy.stats.t.ppf in a loop)
        let inconclusive = try judge("<= 14", current: [Observation(value: 12.3, n: 12, sd: 4.1)])
        #expect(inconclusive.status == .inconclusive && inconclusive.neededN == 25)
        #expect(try judge("<= 15", current: [Observation(value: 12.3, n: 12, sd: 4.1)]).status == .met)
        #expect(try judge("<= 9.6", current: [Observation(value: 12.3, n: 12, sd: 4.1)]).status == .notMet)
        let noSD = try judge("<= 15", current: [Observation(value: 12.3, n: 12)])
        #expect(noSD.status == .insufficient && noSD.note.contains("standard deviation"))
        #expect(try judge("<= 15", current: [Observation(value: 12.3, n: 9, sd: 4.1)]).status == .insufficient)
    }

    @Test("a share target: inconclusive until the Wilson interval at this share clears it")
    func shareTarget() throws {
        // 12 of 40 against >= 20%: proportion_confint(0.3*n, n, method="wilson") first has
        // low >= 0.2 at n = 62 (statsmodels in a loop)
        let judgement = try judge(">= 20", .higher, unit: "%", current: [Observation(value: 30, n: 40)])
        #expect(judgement.status == .inconclusive && judgement.neededN == 62)
    }

    @Test("relative targets are judged on the difference's interval")
    func relativeTargets() throws {
        let current = [Observation(value: 12.3, n: 38, sd: 4.1)]
        let baseline = [Observation(value: 16.0, n: 42, sd: 5.2)]
        // Welch: (-5.775, -1.625); -15% of 16 = -2.4: inconclusive; -5% = -0.8: met; -40% = -6.4: not met
        #expect(try judge("-15%", current: current, baseline: baseline).status == .inconclusive)
        #expect(try judge("-5%", current: current, baseline: baseline).status == .met)
        #expect(try judge("-40%", current: current, baseline: baseline).status == .notMet)
        #expect(try judge("-1 points", current: current, baseline: baseline).status == .met)
        #expect(try judge("not worse", current: current, baseline: baseline).status == .met)
        #expect(try judge("not worse", current: baseline, baseline: current).status == .notMet)
        let missing = try judge("-15%", current: current)
        #expect(missing.status == .insufficient && missing.note.contains("baseline"))
    }

    @Test("not worse takes the playbook's margin, or 5% of the baseline")
    func margin() throws {
        // a share 30/80 against 18/75: Newcombe (-1.07, 27.2) points; higher is better. The default
        // margin, 5% of 24 = 1.2 points, is met; a margin of 1 point is not cleared either way
        let current = [Observation(value: 37.5, n: 80)]
        let baseline = [Observation(value: 24, n: 75)]
        #expect(try judge("not worse", .higher, unit: "%", current: current, baseline: baseline).status == .met)
        #expect(try judge("not worse", .higher, margin: 1, unit: "%", current: current, baseline: baseline).status == .inconclusive)
    }

    @Test("zero tolerance: met only with no event in enough samples, always with the exact bound")
    func zeroTolerance() throws {
        let clean = try judge("<= 0", unit: "count", current: [Observation(value: 0, n: 100), Observation(value: 0, n: 41)])
        #expect(clean.status == .met && clean.note == "0 of 141; at most 2.6% (95%)")
        #expect(try judge("<= 0", unit: "count", current: [Observation(value: 1, n: 141)]).status == .notMet)
        #expect(try judge("<= 0", unit: "count", current: [Observation(value: 0, n: 9)]).status == .insufficient)
    }
}
