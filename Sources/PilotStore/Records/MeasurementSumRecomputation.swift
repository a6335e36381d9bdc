import GRDB

/// `measurement_sum` as the measurements themselves add up, for `audit verify`: every
/// measurement read in the key order of the covering index (`measurement_evidence`) and added
/// with `MeasurementTotals.add`, the operations the writes used, so only the order of the
/// additions differs. Read from the columns in place, a run of rows with the same key at a time,
/// since `audit verify` reads the rest of the database meanwhile on the other cores.
struct MeasurementSumRecomputation {
    /// One key's sums, with its number of measurements and Σ|n·value|, which bound how far
    /// adding them in another order moves the sums (`MeasurementTotals.differences`).
    struct Sums {
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

    private static let sql = """
        SELECT pilot_id, metric_key, is_baseline, stage, value, n, sd FROM measurement
        ORDER BY pilot_id, metric_key, is_baseline, stage
        """

    private(set) var sums: [MeasurementSumTable.Key: Sums] = [:]
    /// The key of the rows being added up (`running`), as their bytes.
    private var runKey: (pilotID: Int64, metricKey: [UInt8], isBaseline: Int64, stage: [UInt8])?
    private var running = Sums()

    static func run(_ db: any StoreSession) throws -> [MeasurementSumTable.Key: Sums] {
        var recomputation = MeasurementSumRecomputation()
        try db.forEachInPlace(sql) { columns, row in recomputation.add(columns, row: row) }
        recomputation.endRun()
        return recomputation.sums
    }

    /// One measurement from its columns, or through GRDB's decoding of `row()` when they hold
    /// something the column reader cannot take; a row GRDB cannot read either is left to the row
    /// checks, which name it.
    private mutating func add<Columns: ColumnReader>(_ columns: Columns, row: () -> Row) {
        guard let pilotID = columns.int64(0), let metricKey = columns.text(1), let isBaseline = columns.int64(2),
            let stage = columns.text(3), let value = columns.double(4), let n = columns.int64(5)
        else { return add(row()) }
        let sd = columns.isNull(6) ? nil : columns.double(6)
        if let key = runKey, key.pilotID == pilotID, key.isBaseline == isBaseline, key.metricKey.elementsEqual(metricKey),
            key.stage.elementsEqual(stage)
        {
            running.add(value: value, n: n, sd: sd)
            return
        }
        endRun()
        runKey = (pilotID, Array(metricKey), isBaseline, Array(stage))
        running.add(value: value, n: n, sd: sd)
    }

    private mutating func add(_ row: Row) {
        guard let key = MeasurementSumTable.Key(row), let value = Double.fromDatabaseValue(row["value"]),
            let n = Int64.fromDatabaseValue(row["n"])
        else { return }
        var one = Sums()
        one.add(value: value, n: n, sd: Double.fromDatabaseValue(row["sd"]))
        sums[key, default: Sums()].add(one)
    }

    /// Files the rows added up so far under their key; rows of one key may come in several runs
    /// (a key stored as a blob sorts apart from its text), so runs of a key add up.
    private mutating func endRun() {
        guard let key = runKey else { return }
        let name = MeasurementSumTable.Key(
            pilotID: key.pilotID, metricKey: String(decoding: key.metricKey, as: UTF8.self), isBaseline: key.isBaseline != 0,
            stage: String(decoding: key.stage, as: UTF8.self))
        sums[name, default: Sums()].add(running)
        running = Sums()
        runKey = nil
    }
}
