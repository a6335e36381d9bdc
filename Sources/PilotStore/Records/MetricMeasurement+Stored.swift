import GRDB
import PilotKit

extension MetricMeasurement: IdentifiedRecord {
    public static let entity = "measurement"
    public var auditPilotID: Int64? { pilotID }

    /// Column by column rather than through `Codable`, whose key conversion per row is what
    /// `audit verify` paid most for (BENCHMARKS.md, "Why the fast paths"). Throws, rather than traps, on an unreadable value.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), pilotID: try row.decode(forColumn: "pilot_id"),
            metricKey: try row.decode(forColumn: "metric_key"), value: try row.decode(forColumn: "value"),
            n: try row.decode(forColumn: "n"), day: try row.decode(forColumn: "day"), stage: try row.decode(forColumn: "stage"),
            isBaseline: try row.decode(forColumn: "is_baseline"), sd: try row.decode(forColumn: "sd"))
    }
}
extension MetricMeasurement: BulkRecord {
    func total(into totals: inout DerivedTotals) { totals.add(self) }

    static let columns: [(name: String, reading: ColumnReading)] = [
        ("id", .integer), ("pilot_id", .integer), ("metric_key", .text), ("value", .real), ("n", .integer), ("day", .textValue),
        ("stage", .textValue), ("is_baseline", .integer), ("sd", .optionalReal),
    ]
    func bind(to insert: any PreparedInsert) {
        insert.bind(id)
        insert.bind(pilotID)
        insert.bind(metricKey)
        insert.bind(value)
        insert.bind(n)
        insert.bind(day)
        insert.bind(stage)
        insert.bind(isBaseline)
        insert.bind(sd)
    }

    init?(columns: some ColumnReader) {
        guard let id = columns.int64(0), let pilotID = columns.int64(1), let metricKey = columns.string(2),
            let value = columns.double(3), let n = columns.int(4), let day = columns.day(5),
            let stage: Stage = columns.labeled(6), let isBaseline = columns.bool(7), let sd = columns.optionalDouble(8)
        else { return nil }
        self.init(
            id: id, pilotID: pilotID, metricKey: metricKey, value: value, n: n, day: day, stage: stage, isBaseline: isBaseline, sd: sd)
    }
}
