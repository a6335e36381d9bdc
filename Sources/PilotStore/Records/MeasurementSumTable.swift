import GRDB
import PilotKit

/// `measurement_sum`: the sums the gates pool each metric from, one row per pilot, metric,
/// baseline or not, and stage, kept up to date as measurements are recorded (they are never
/// changed or deleted), so that a frame reads a few rows per pilot instead of every measurement.
/// Derived, not audited: `audit verify` recomputes it from the measurements (`problems`).
enum MeasurementSumTable {
    static let name = "measurement_sum"
    static let keyColumns = ["pilot_id", "metric_key", "is_baseline", "stage"]

    struct Key: Hashable, Comparable, CustomStringConvertible {
        let pilotID: Int64
        let metricKey: String
        let isBaseline: Bool
        let stage: String

        var values: [DatabaseValue] { [pilotID.databaseValue, metricKey.databaseValue, (isBaseline ? 1 : 0).databaseValue, stage.databaseValue] }

        var description: String {
            AuditReport.printable("pilot \(pilotID), \(metricKey) \(isBaseline ? "baseline taken at" : "at") \(stage)")
        }

        static func < (a: Key, b: Key) -> Bool {
            (a.pilotID, a.metricKey, a.isBaseline ? 1 : 0, a.stage) < (b.pilotID, b.metricKey, b.isBaseline ? 1 : 0, b.stage)
        }
    }

    /// Each metric's sums at each of `pilots` pilots' stage (`SQLDialect.pilotsPerStatement` at
    /// most) and at baseline, from which `MeasurementSums` pools them; bound to (id, stage) pairs.
    static func sumsSQL(pilots: Int) -> String {
        """
        SELECT m.pilot_id, m.metric_key, m.is_baseline, SUM(m.nv) / SUM(m.n) AS v, SUM(m.n) AS n, SUM(m.nv) AS nv,
            SUM(m.nvv) AS nvv, SUM(m.within) AS within, SUM(m.without_sd) AS without_sd, SUM(m.percent_events) AS percent_events,
            SUM(m.share_events) AS share_events, SUM(m.counted) AS counted
        FROM \(SQLDialect.pairs(pilots)) AS s JOIN \(name) m ON m.pilot_id = s.column1
        WHERE m.is_baseline = 1 OR m.stage = s.column2
        GROUP BY m.pilot_id, m.metric_key, m.is_baseline
        """
    }

    /// The sums of one transaction's measurements, added to the table before it commits.
    struct Batch {
        private var keys: [Key] = []
        private var totals: [Key: MeasurementTotals] = [:]

        mutating func add(_ measurement: MetricMeasurement) {
            let key = Key(measurement)
            if totals[key] == nil { keys.append(key) }
            totals[key, default: MeasurementTotals()].add(measurement)
        }

        /// Each key's row gains the batch's sums, or starts with them.
        func write(to session: any StoreSession) throws {
            try session.add(
                to: name, keys: keyColumns, amounts: MeasurementTotals.columns, rows: keys.map { $0.values + totals[$0]!.values })
        }
    }

    /// Where the table in `db` disagrees with `expected`, the measurements added up in the same
    /// snapshot: a row whose sums differ, a row with no measurements, measurements with no row.
    static func problems(_ db: any StoreSession, expected: [Key: DerivedTotals.Sums]) throws -> [String] {
        try DerivedRows.problems(
            db, table: name, expected: expected,
            read: { row in Key(row).flatMap { key in MeasurementTotals(row).map { (key, $0) } } },
            unreadable: "a row holds something other than its sums: changed outside Pilotdeck"
        ) { key, stored, expected in
            guard let expected else { return "\(key) has sums but no measurements: changed outside Pilotdeck" }
            guard let stored else { return "\(key) has measurements but no sums: deleted outside Pilotdeck" }
            let differences = stored.differences(from: expected.totals, terms: expected.terms, scale: expected.scale)
            return differences.isEmpty
                ? nil : "\(key) differs from its measurements (\(differences.joined(separator: "; "))): changed outside Pilotdeck"
        }
    }
}

extension MeasurementSumTable.Key {
    init(_ measurement: MetricMeasurement) {
        self.init(pilotID: measurement.pilotID, metricKey: measurement.metricKey, isBaseline: measurement.isBaseline, stage: measurement.stage.rawValue)
    }

    /// The key of a row naming `MeasurementSumTable.keyColumns`; nil when one holds something else.
    init?(_ row: Row) {
        guard let pilotID = Int64.fromDatabaseValue(row["pilot_id"]), let metricKey = String.fromDatabaseValue(row["metric_key"]),
            let isBaseline = Int64.fromDatabaseValue(row["is_baseline"]), let stage = String.fromDatabaseValue(row["stage"])
        else { return nil }
        self.init(pilotID: pilotID, metricKey: metricKey, isBaseline: isBaseline != 0, stage: stage)
    }
}
