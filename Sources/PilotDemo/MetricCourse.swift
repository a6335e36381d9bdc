import Foundation
import PilotKit

/// Where one metric of one pilot stands week by week. Before a gate judges it, the metric drifts
/// from its usual level toward the target; once judged, every value sits on the met side of the
/// target (or, for a scripted miss, the missed side) by more than the 95% interval the stage's
/// samples will give, so the gate judges the whole interval as the story says. A metric the story
/// leaves undecided sits just on the met side, well inside that interval: inconclusive.
struct MetricCourse {
    /// How the story wants the metric at a stage.
    enum Standing { case onCourse, missing, undecided }

    let definition: MetricDefinition
    let profile: MetricProfile
    /// The n-weighted mean of the pilot's baseline measurements, for relative targets.
    let baseline: Double?
    /// The samples behind the baseline, for the interval of a difference.
    let baselineN: Int
    /// The first stage whose measurements a gate judges this metric on.
    let judgedFrom: Stage?

    init(_ definition: MetricDefinition, baseline: Double?, baselineN: Int, playbook: Playbook) {
        self.definition = definition
        profile = MetricProfile.of(definition)
        self.baseline = baseline
        self.baselineN = baselineN
        judgedFrom = Stage.allCases.first { stage in
            stage.next.map { playbook.plan(for: $0).gate.metrics.contains(definition.key) } ?? false
        }
    }

    /// A value for a week at `stage`; `progress` runs from 0 at the proposal to 1 today; `samples`
    /// is about how many samples the stage's figures will pool.
    func value(at stage: Stage, progress: Double, standing: Standing, samples: Int, _ rng: inout SplitMix64) -> Double {
        let (centre, amplitude) = level(at: stage, progress: progress, standing: standing, samples: samples)
        return profile.reported(centre + amplitude * rng.signedUnit())
    }

    private func level(at stage: Stage, progress: Double, standing: Standing, samples: Int) -> (centre: Double, amplitude: Double) {
        let better = definition.direction == .lower ? -1.0 : 1.0
        let target = threshold(better: better)
        let halfWidth = halfWidth(at: target, samples: samples)
        let margin = max(max(2 * profile.spread, 2 * profile.step) * (1 + progress / 2), 1.5 * halfWidth)
        switch standing {
        case .missing: return bounded(target - better * margin, keepingClearOf: target)
        case .undecided: return bounded(target + better * max(halfWidth / 3, profile.step), keepingClearOf: target)
        case .onCourse: break
        }
        let met = target + better * margin
        if let judgedFrom, stage >= judgedFrom { return bounded(met, keepingClearOf: target) }
        let share = Double(stage.index) / Double((judgedFrom ?? .general).index + 1)
        return bounded(profile.start + (clamped(met) - profile.start) * share, keepingClearOf: nil)
    }

    /// The value a gate holds the metric to: `not worse` allows the playbook's margin (or 5% of
    /// the baseline) on the bad side.
    private func threshold(better: Double) -> Double {
        let anchor = baseline ?? profile.start
        guard definition.target == .notWorseThanBaseline else { return definition.target.threshold(baseline: anchor) ?? anchor }
        return anchor - better * (definition.margin ?? TargetJudgement.defaultMarginShare * abs(anchor))
    }

    /// About half the width of the 95% interval a gate will judge near `level` over `samples`
    /// (with the baseline's share for a relative target): z·√(variance / n). Events are judged
    /// on a zero-tolerance count, which needs no room.
    func halfWidth(at level: Double, samples: Int) -> Double {
        let relative = definition.target.needsBaseline && baselineN > 0
        let variance: Double
        switch definition.statisticalKind {
        case .mean:
            variance = profile.sd * profile.sd + profile.spread * profile.spread
        case .proportion:
            let share = min(max(level / 100, 0.02), 0.98)
            variance = share * (1 - share) * 10_000
        case .events:
            return 0
        }
        let perSample = 1 / Double(max(samples, 1)) + (relative ? 1 / Double(baselineN) : 0)
        return 1.96 * (variance * perSample).squareRoot()
    }

    /// The centre inside the metric's range, with noise small enough to stay inside it and, when
    /// `target` is given, to stay on the centre's side of it.
    private func bounded(_ centre: Double, keepingClearOf target: Double?) -> (Double, Double) {
        let centre = clamped(centre)
        var amplitude = min(profile.spread, centre - profile.range.lowerBound, profile.range.upperBound - centre)
        if let target { amplitude = min(amplitude, abs(centre - target) / 2) }
        return (centre, amplitude)
    }

    private func clamped(_ value: Double) -> Double {
        min(max(value, profile.range.lowerBound), profile.range.upperBound)
    }
}
