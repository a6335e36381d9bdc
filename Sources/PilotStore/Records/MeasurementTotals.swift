import GRDB
import PilotKit

/// What one row of `measurement_sum` holds: the sums of its measurements from which
/// `MeasurementSums` pools a metric at read time. Each term is computed with the operations, in
/// the order, of the SQL that filled the table in migration v8 (whose ROUND `events` matches), so
/// the writes, that migration and `audit verify`'s recomputation differ only in the order of the
/// additions.
struct MeasurementTotals: Equatable {
    var n: Int64 = 0
    var nv = 0.0
    var nvv = 0.0
    var within = 0.0
    var withoutSD: Int64 = 0
    var percentEvents = 0.0
    var shareEvents = 0.0
    var counted = 0.0

    /// The table's columns for these sums, in the order of `values`.
    static let columns = ["n", "nv", "nvv", "within", "without_sd", "percent_events", "share_events", "counted"]

    init() {}

    /// The sums of a row naming `columns`; nil when one holds no number (changed outside Pilotdeck).
    init?(_ row: Row) {
        guard let n = Int64.fromDatabaseValue(row["n"]), let nv = Double.fromDatabaseValue(row["nv"]),
            let nvv = Double.fromDatabaseValue(row["nvv"]), let within = Double.fromDatabaseValue(row["within"]),
            let withoutSD = Int64.fromDatabaseValue(row["without_sd"]),
            let percentEvents = Double.fromDatabaseValue(row["percent_events"]),
            let shareEvents = Double.fromDatabaseValue(row["share_events"]), let counted = Double.fromDatabaseValue(row["counted"])
        else { return nil }
        (self.n, self.nv, self.nvv, self.within, self.withoutSD) = (n, nv, nvv, within, withoutSD)
        (self.percentEvents, self.shareEvents, self.counted) = (percentEvents, shareEvents, counted)
    }

    var values: [DatabaseValue] {
        [n.databaseValue, nv.databaseValue, nvv.databaseValue, within.databaseValue, withoutSD.databaseValue,
            percentEvents.databaseValue, shareEvents.databaseValue, counted.databaseValue]
    }

    mutating func add(_ measurement: MetricMeasurement) {
        add(value: measurement.value, n: Int64(measurement.n), sd: measurement.sd)
    }

    mutating func add(value: Double, n count: Int64, sd: Double?) {
        let n = Double(count)
        self.n += count
        nv += value * n
        nvv += n * value * value
        if let sd {
            within += Double(count - 1) * sd * sd
        } else if count > 1 {
            withoutSD += 1
        }
        percentEvents += Self.events(n * value / 100)
        shareEvents += Self.events(n * value)
        counted += Self.events(value)
    }

    mutating func add(_ other: MeasurementTotals) {
        n += other.n
        nv += other.nv
        nvv += other.nvv
        within += other.within
        withoutSD += other.withoutSD
        percentEvents += other.percentEvents
        shareEvents += other.shareEvents
        counted += other.counted
    }

    /// Events counted half away from zero, as SQLite's ROUND and PostgreSQL's `pilotdeck_round` do:
    /// add ±0.5, then truncate; beyond 2^52, where every double is whole, the value as it is.
    static func events(_ x: Double) -> Double {
        abs(x) > 0x1p52 ? x : (x + (x < 0 ? -0.5 : 0.5)).rounded(.towardZero)
    }

    /// The sums that differ from `expected`, recomputed from `terms` measurements whose terms of
    /// Σ n·value have absolute values summing to `scale`, each as "name stored, not expected".
    /// Counts must match exactly; a sum of doubles may differ by what adding `terms` terms in
    /// another order can change, at most (terms - 1) half-ulps of the sum of their absolute
    /// values on each side, so a tolerance of twice that is never crossed by order alone.
    func differences(from expected: MeasurementTotals, terms: Int64, scale: Double) -> [String] {
        func differs(_ a: Double, _ b: Double, absoluteSum: Double) -> Bool {
            abs(a - b) > 2 * Double(terms) * Double.ulpOfOne * absoluteSum
        }
        let checks: [(String, Bool, String, String)] = [
            ("n", n != expected.n, "\(n)", "\(expected.n)"),
            ("nv", differs(nv, expected.nv, absoluteSum: scale), "\(nv)", "\(expected.nv)"),
            ("nvv", differs(nvv, expected.nvv, absoluteSum: expected.nvv), "\(nvv)", "\(expected.nvv)"),
            ("within", differs(within, expected.within, absoluteSum: expected.within), "\(within)", "\(expected.within)"),
            ("without_sd", withoutSD != expected.withoutSD, "\(withoutSD)", "\(expected.withoutSD)"),
            ("percent_events", percentEvents != expected.percentEvents, "\(percentEvents)", "\(expected.percentEvents)"),
            ("share_events", shareEvents != expected.shareEvents, "\(shareEvents)", "\(expected.shareEvents)"),
            ("counted", counted != expected.counted, "\(counted)", "\(expected.counted)"),
        ]
        return checks.filter(\.1).map { "\($0.0) \($0.2), not \($0.3)" }
    }
}
