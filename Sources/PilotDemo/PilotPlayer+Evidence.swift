import PilotKit
import PilotStore

extension PilotPlayer {
    /// Baselines are drawn now, since the targets of later weeks depend on them; the other weeks'
    /// values are drawn when they are recorded.
    func scheduleMeasurements() {
        let rows = measurementQuota.map { Apportion.split($0, by: plan.measuredWeeks.map(\.metrics.count)) }
            ?? plan.measuredWeeks.map(\.metrics.count)
        let batches = zip(plan.measuredWeeks, rows).map { week, count in
            (week, Apportion.evenly(count, into: week.metrics.count))
        }
        for (week, perMetric) in batches {
            for (definition, rows) in zip(week.metrics, perMetric) {
                pooledSamples[definition.key, default: [:]][week.leg.index, default: 0] +=
                    rows * typicalSampleSize(week.leg.stay.stage, definition)
            }
        }
        let baselines = batches.map { week, perMetric in
            week.leg.stay.stage == .intake ? measurements(week, perMetric) : nil
        }
        courses = baselineCourses(baselines.compactMap { $0 }.flatMap { $0 })
        for ((week, perMetric), baseline) in zip(batches, baselines) {
            timeline.schedule(DemoMoment(week: week.week, weekday: 4, hour: 9)) {
                let inputs = baseline ?? self.measurements(week, perMetric)
                let stored = try self.cast.ledger(self.ownerLogin).recordMeasurements(pilot: self.story.key, inputs)
                self.tally.summary.measurements += stored.count
            }
        }
    }

    /// One week's measurements, `perMetric` rows for each metric, dated over the working week.
    func measurements(_ week: StoryPlan.MeasuredWeek, _ perMetric: [Int]) -> [Numbered<MeasurementInput>] {
        let stage = week.leg.stay.stage
        let isBaseline = stage == .intake
        let progress = Double(week.week - story.startWeek) / Double(max(1, DemoCalendar.weeks - 1 - story.startWeek))
        var inputs: [Numbered<MeasurementInput>] = []
        for (definition, rows) in zip(week.metrics, perMetric) {
            let standing = standing(definition, at: stage)
            let profile = MetricProfile.of(definition)
            let samples = pooledSamples[definition.key]?[week.leg.index] ?? 0
            for row in 0..<rows {
                let value = isBaseline
                    ? profile.baselineValue(&rng)
                    : course(definition).value(at: stage, progress: progress, standing: standing, samples: samples, &rng)
                let day = timeline.calendar.day(DemoMoment(week: week.week, weekday: row % 5, hour: 0))
                let sd = definition.statisticalKind == .mean ? profile.reportedSD(&rng) : nil
                let input = MeasurementInput(
                    metricKey: definition.key, value: value, n: sampleSize(stage, definition), day: day, isBaseline: isBaseline, sd: sd)
                inputs.append(Numbered(line: inputs.count + 1, value: input))
            }
        }
        return inputs
    }

    func course(_ definition: MetricDefinition) -> MetricCourse {
        courses[definition.key] ?? MetricCourse(definition, baseline: nil, baselineN: 0, playbook: playbook)
    }

    /// Whether the story keeps the metric on course at a stage, misses it, or leaves it undecided.
    func standing(_ definition: MetricDefinition, at stage: Stage) -> MetricCourse.Standing {
        let here = MetricMiss(metric: definition.key, stage: stage)
        return story.misses.contains(here) ? .missing : story.undecided.contains(here) ? .undecided : .onCourse
    }

    /// Each metric's course, anchored on the n-weighted mean of its baseline measurements exactly
    /// as the store computes it, so relative targets are judged against the same figure.
    func baselineCourses(_ baselines: [Numbered<MeasurementInput>]) -> [String: MetricCourse] {
        var totals: [String: (weighted: Double, n: Int)] = [:]
        for input in baselines.map(\.value) {
            totals[input.metricKey, default: (0, 0)].weighted += input.value * Double(input.n)
            totals[input.metricKey, default: (0, 0)].n += input.n
        }
        return Dictionary(uniqueKeysWithValues: playbook.metrics.map { definition in
            let baseline = totals[definition.key].map { $0.weighted / Double($0.n) }
            return (definition.key, MetricCourse(definition, baseline: baseline, baselineN: totals[definition.key]?.n ?? 0, playbook: playbook))
        })
    }

    /// Samples behind one figure: a few in silent validation (some under the playbook's minimum,
    /// so the warning shows), many once the cohort grows; four times as many for shares and
    /// counts, which are taken over notes and drafts rather than clinicians or visits.
    func sampleSize(_ stage: Stage, _ definition: MetricDefinition) -> Int {
        leastSampleSize(stage, definition) + rng.int(in: 0...sampleBase(definition) / 2)
    }

    /// What `sampleSize` gives on average.
    func typicalSampleSize(_ stage: Stage, _ definition: MetricDefinition) -> Int {
        leastSampleSize(stage, definition) + sampleBase(definition) / 4
    }

    private func sampleBase(_ definition: MetricDefinition) -> Int {
        max(playbook.minSamples, 10) * (definition.statisticalKind == .mean ? 1 : 4)
    }

    private func leastSampleSize(_ stage: Stage, _ definition: MetricDefinition) -> Int {
        let factor =
            switch stage {
            case .intake, .micro: 1.0
            case .validation: 0.6
            case .controlled: 1.5
            case .expansion: 2.5
            case .general: 4.0
            }
        return Int((Double(sampleBase(definition)) * factor).rounded())
    }

    /// Feedback on Tuesdays, in up to three batches by different participants.
    func scheduleFeedback() {
        let counts = feedbackQuota.map { Apportion.evenly($0, into: plan.feedbackWeeks.count) }
            ?? plan.feedbackWeeks.map { _ in rng.int(in: 2...4) }
        for (week, count) in zip(plan.feedbackWeeks, counts) {
            for (turn, entries) in Apportion.evenly(count, into: 3).enumerated() where entries > 0 {
                timeline.schedule(DemoMoment(week: week, weekday: 1, hour: 10 + 2 * turn, minute: 15 * turn)) {
                    try self.logFeedback(entries, turn: 3 * week + turn)
                }
            }
        }
    }

    func logFeedback(_ count: Int, turn: Int) throws {
        let authors = enrolled.isEmpty ? [ownerLogin] : enrolled
        let author = authors[(turn + number) % authors.count]
        let inputs = (0..<count).map { line in
            Numbered(line: line + 1, value: FeedbackTemplate.pick(for: playbook.key, &rng).input(&rng))
        }
        let stored = try cast.ledger(author).logFeedback(pilot: story.key, inputs)
        tally.summary.feedback += stored.count
    }
}
