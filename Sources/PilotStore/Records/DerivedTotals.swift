import PilotKit

/// What the derived tables should hold, added up by `audit verify` from the measurement and
/// feedback rows it reads anyway, in the same snapshot: each `measurement_sum` key's sums, and the
/// feedback counted as `feedback_tally` and `feedback_tag_tally` count it. Each batch of rows adds
/// up its own on the thread that decodes it; the batches' totals are then added together.
struct DerivedTotals: Sendable {
    /// One key's sums, with its number of measurements and Σ|n·value|, which bound how far
    /// adding them in another order moves the sums (`MeasurementTotals.differences`).
    struct Sums: Sendable {
        var totals = MeasurementTotals()
        var terms: Int64 = 0
        var scale = 0.0

        mutating func add(value: Double, n: Int64, sd: Double?) {
            totals.add(value: value, n: n, sd: sd)
            terms += 1
            scale += abs(value * Double(n))
        }

        mutating func add(_ other: Sums) {
            totals.add(other.totals)
            terms += other.terms
            scale += other.scale
        }
    }

    private var sums: [MeasurementSumTable.Key: Sums] = [:]
    /// The key of the measurements added last and their sums, not yet in `sums`: measurements
    /// recorded together share a key, so most are added without a lookup.
    private var run: (key: MeasurementSumTable.Key, sums: Sums)?
    var feedback = FeedbackTallyTable.Counts()

    mutating func add(_ measurement: MetricMeasurement) {
        if let key = run?.key, key.pilotID == measurement.pilotID, key.isBaseline == measurement.isBaseline,
            key.metricKey == measurement.metricKey, key.stage == measurement.stage.rawValue
        {
            run!.sums.add(value: measurement.value, n: Int64(measurement.n), sd: measurement.sd)
            return
        }
        if let run { sums[run.key, default: Sums()].add(run.sums) }
        var first = Sums()
        first.add(value: measurement.value, n: Int64(measurement.n), sd: measurement.sd)
        run = (MeasurementSumTable.Key(measurement), first)
    }

    /// Every key's sums, the last run's included.
    private var allSums: [MeasurementSumTable.Key: Sums] {
        guard let run else { return sums }
        var all = sums
        all[run.key, default: Sums()].add(run.sums)
        return all
    }

    mutating func add(_ other: DerivedTotals) {
        if let run { sums[run.key, default: Sums()].add(run.sums) }
        run = nil
        sums.merge(other.allSums) { mine, theirs in
            var both = mine
            both.add(theirs)
            return both
        }
        feedback.add(other.feedback)
    }

    /// Where the derived tables in `db` disagree with these totals, one line each.
    func problems(_ db: any StoreSession) throws -> [String] {
        try MeasurementSumTable.problems(db, expected: allSums) + FeedbackTallyTable.problems(db, expected: feedback)
    }
}
