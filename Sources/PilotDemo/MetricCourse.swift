import PilotKit

/// Where one metric of one pilot stands week by week. Before a gate judges it, the metric drifts
/// from its usual level toward the target; once judged, every value sits on the met side of the
/// target (or, for a scripted miss, the missed side) by at least one reporting step, so any
/// n-weighted mean of them lands on that side too and the gates turn out as the story says.
struct MetricCourse {
    let definition: MetricDefinition
    let profile: MetricProfile
    /// The n-weighted mean of the pilot's baseline measurements, for relative targets.
    let baseline: Double?
    /// The first stage whose measurements a gate judges this metric on.
    let judgedFrom: Stage?

    init(_ definition: MetricDefinition, baseline: Double?, playbook: Playbook) {
        self.definition = definition
        profile = MetricProfile.of(definition)
        self.baseline = baseline
        judgedFrom = Stage.allCases.first { stage in
            stage.next.map { playbook.plan(for: $0).gate.metrics.contains(definition.key) } ?? false
        }
    }

    /// A value for a week at `stage`; `progress` runs from 0 at the proposal to 1 today.
    func value(at stage: Stage, progress: Double, missing: Bool, _ rng: inout SplitMix64) -> Double {
        let (centre, amplitude) = level(at: stage, progress: progress, missing: missing)
        return profile.reported(centre + amplitude * rng.signedUnit())
    }

    private func level(at stage: Stage, progress: Double, missing: Bool) -> (centre: Double, amplitude: Double) {
        let target = definition.target.threshold(baseline: baseline ?? profile.start) ?? profile.start
        let better = definition.direction == .lower ? -1.0 : 1.0
        let margin = max(2 * profile.spread, 2 * profile.step) * (1 + progress / 2)
        if missing { return bounded(target - better * margin, keepingClearOf: target) }
        let met = target + better * margin
        if let judgedFrom, stage >= judgedFrom { return bounded(met, keepingClearOf: target) }
        let share = Double(stage.index) / Double((judgedFrom ?? .general).index + 1)
        return bounded(profile.start + (clamped(met) - profile.start) * share, keepingClearOf: nil)
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
