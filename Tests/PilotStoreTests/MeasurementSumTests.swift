import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotDemo
@testable import PilotStore

/// `measurement_sum`, the metric sums the gates read: kept with every measurement recorded, equal
/// to the sums of the rows themselves, and held to them by `audit verify`.
@Suite("Measurement sums")
struct MeasurementSumTests {
    /// Metrics of the ambient-scribe playbook of every statistical kind, with plausible values:
    /// minutes (a mean), a percentage (a share) and a score.
    static let metrics: [(key: String, range: ClosedRange<Double>)] = [
        ("doc-time", 0...40), ("same-day-closure", 0...100), ("note-quality", 0...40), ("major-edits", 0...100),
    ]

    /// The fixture's pilot measured in `batches` transactions at intake, then again after a forced
    /// go to the validation stage: values, sizes, standard deviations and baselines from a fixed
    /// seed, so both stages hold current and baseline rows.
    static func measured(batches: Int = 3) throws -> StoreFixture {
        let fixture = try StoreFixture()
        var random = SplitMix64(seed: 20_261_207)
        func record() throws {
            for _ in 0..<batches {
                let inputs = (0..<40).map { line in
                    let metric = random.pick(metrics)
                    let value = ((metric.range.lowerBound + Self.unit(&random) * (metric.range.upperBound - metric.range.lowerBound)) * 1000).rounded() / 1000
                    return Numbered(line: line + 1, value: MeasurementInput(
                        metricKey: metric.key, value: value, n: 1 + random.int(in: 0...59), day: StoreFixture.today.adding(days: -random.int(in: 0...29)),
                        isBaseline: random.int(in: 0...2) == 0, sd: metric.key == "doc-time" && random.int(in: 0...1) == 0 ? Self.unit(&random) * 9 : nil))
                }
                try fixture.as_("lee").recordMeasurements(pilot: "AMB-FM", inputs)
            }
        }
        try record()
        try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "move on to test the sums", override: true))
        try record()
        return fixture
    }

    @Test("the sums kept as measurements are recorded equal the sums of the rows, and the gates read them")
    func kept() throws {
        let fixture = try Self.measured()
        #expect(try fixture.database.verifyAudit().sumProblems == [])
        let keys = try fixture.database.read { try $0.count("SELECT COUNT(*) FROM measurement_sum") }
        let groups = try fixture.database.read {
            try $0.count("SELECT COUNT(*) FROM (SELECT DISTINCT pilot_id, metric_key, is_baseline, stage FROM measurement) AS k")
        }
        #expect(keys == groups && keys > 8)
        let pilot = try fixture.database.pilot("AMB-FM")
        #expect(pilot.stage == .validation)
        let rows = try fixture.database.read { try $0.all(MetricMeasurement.self, "SELECT * FROM measurement") }
        let playbook = StoreFixture.playbook("ambient-scribe")
        for summary in try fixture.database.metricSummaries(of: pilot, playbook: playbook) {
            let expected = MetricSummary.summarize(summary.definition, measurements: rows, stage: pilot.stage)
            #expect(summary.n == expected.n && summary.baselineN == expected.baselineN, "\(summary.definition.key)")
            #expect(Self.close(summary.value, expected.value) && Self.close(summary.baseline, expected.baseline), "\(summary.definition.key)")
            #expect(summary.judgement(minSamples: 1) == expected.judgement(minSamples: 1), "\(summary.definition.key)")
        }
    }

    /// A double in [0, 1).
    static func unit(_ random: inout SplitMix64) -> Double { (random.signedUnit() + 1) / 2 }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-12 * max(1, abs(b))
    }

    @Test("sums changed, removed or added outside Pilotdeck are named by audit verify, the measurements left alone", arguments: [
        ("UPDATE measurement_sum SET n = n + 1 WHERE metric_key = 'doc-time' AND is_baseline = 0 AND stage = 'intake'",
         "pilot 1, doc-time at intake differs from its measurements (n "),
        ("UPDATE measurement_sum SET nv = nv * 1.000001 WHERE metric_key = 'major-edits' AND is_baseline = 1 AND stage = 'validation'",
         "pilot 1, major-edits baseline taken at validation differs from its measurements (nv "),
        ("UPDATE measurement_sum SET share_events = share_events - 1 WHERE metric_key = 'same-day-closure' AND is_baseline = 0 AND stage = 'intake'",
         "(share_events "),
        ("DELETE FROM measurement_sum WHERE metric_key = 'note-quality' AND is_baseline = 0 AND stage = 'validation'",
         "pilot 1, note-quality at validation has measurements but no sums"),
        ("INSERT INTO measurement_sum VALUES (1, 'doc-time', 0, 'micro', 5, 50, 500, 0, 0, 3, 250, 50)",
         "pilot 1, doc-time at micro has sums but no measurements"),
    ])
    func tampered(sql: String, problem: String) throws {
        let fixture = try Self.measured(batches: 1)
        #expect(try fixture.database.verifyAudit().isIntact)
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(!report.isIntact && report.rowProblems.isEmpty && report.firstBrokenSeq == nil)
        #expect(report.sumProblems.count == 1)
        #expect(report.sumProblems.first.map { $0.hasPrefix("measurement_sum ") && $0.contains(problem) } == true, "\(report.sumProblems)")
        #expect(report.lines().contains { $0.hasPrefix("SUMS measurement_sum ") })
    }

    @Test("a measurement changed outside Pilotdeck is named twice: its row, and the sums it no longer adds up to")
    func tamperedMeasurement() throws {
        let fixture = try Self.measured(batches: 1)
        try fixture.tamper("UPDATE measurement SET n = n + 1 WHERE id = 3")
        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems.map(\.id) == ["3"])
        #expect(report.sumProblems.count == 1)
    }

    @Test("a database from before the sums and tallies gets them from its rows when it opens, and verifies")
    func migrated() throws {
        let fixture = try Self.measured(batches: 2)
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let cam = try fixture.as_("cam")
        let logged = try cam.logFeedback(pilot: "AMB-FM", (1...30).map { line in
            Numbered(line: line, value: FeedbackInput(
                rating: line % 5 + 1, category: FeedbackCategory.allCases[line % FeedbackCategory.allCases.count],
                tags: Array(EditTag.allCases.prefix(line % 3)), rawText: "draft \(line)"))
        })
        for (entry, _) in logged.prefix(2) { try cam.withdrawFeedback(id: entry.id!) }
        let pilot = try fixture.database.pilot("AMB-FM")
        let playbook = StoreFixture.playbook("ambient-scribe")
        let before = try fixture.database.metricSummaries(of: pilot, playbook: playbook)
        let tallies = try fixture.database.feedbackTallies(of: pilot.id!)
        #expect(tallies.total == 28)
        // Back to v7: no derived table, nor the functions of the migrations that made them.
        let migrations = TestEngine.isSQLite ? "grdb_migrations" : "pilotdeck_migrations"
        for table in ["measurement_sum", "feedback_tally", "feedback_tag_tally"] { try fixture.tamper("DROP TABLE \(table)") }
        if !TestEngine.isSQLite {
            try fixture.tamper("DROP FUNCTION pilotdeck_round")
            try fixture.tamper("DROP FUNCTION pilotdeck_grant_writers")
        }
        try fixture.tamper("DELETE FROM \(migrations) WHERE identifier IN ('v8-measurement-sums', 'v9-feedback-tallies')")
        let reopened = try PilotDatabase(path: fixture.location)
        #expect(try reopened.verifyAudit().isIntact)
        #expect(try reopened.feedbackTallies(of: pilot.id!) == tallies)
        let after = try reopened.metricSummaries(of: pilot, playbook: playbook)
        #expect(after.map(\.n) == before.map(\.n) && after.map(\.baselineN) == before.map(\.baselineN))
        #expect(zip(after, before).allSatisfy { Self.close($0.value, $1.value) && Self.close($0.baseline, $1.baseline) })
    }

    @Test("events are counted as SQLite's ROUND counts them, half away from zero, also where adding 0.5 rounds up")
    func events() throws {
        let values = [0.5, 1.5, 2.5, -0.5, -2.5, 2.4999, 0.49999999999999994, -0.49999999999999994, 4503599627370497, 1e15 + 0.5, 0]
        let sqlite = try DatabaseQueue().read { db in
            try values.map { try Double.fetchOne(db, sql: "SELECT ROUND(?)", arguments: [$0])! }
        }
        #expect(values.map(MeasurementTotals.events) == sqlite)
    }

    @Test("sums of the same terms added in any order stay within the tolerance; a change in the last digits a sum shows does not")
    func tolerance() throws {
        var random = SplitMix64(seed: 7)
        let rows = (0..<5_000).map { index in
            MetricMeasurement(
                pilotID: 1, metricKey: "m", value: (Self.unit(&random) - 0.5) * 1e4, n: 1 + random.int(in: 0...499), day: StoreFixture.today,
                stage: .micro, sd: Self.unit(&random) * 30)
        }
        var forward = MeasurementTotals()
        for row in rows { forward.add(row) }
        var backward = MeasurementTotals()
        for row in rows.reversed() { backward.add(row) }
        let scale = rows.reduce(0) { $0 + abs($1.value * Double($1.n)) }
        #expect(forward != backward, "the two orders must round differently for this to test the tolerance")
        #expect(backward.differences(from: forward, terms: Int64(rows.count), scale: scale) == [])
        var changed = backward
        changed.nv += scale * 1e-9
        #expect(changed.differences(from: forward, terms: Int64(rows.count), scale: scale).map { $0.prefix(3) } == ["nv "])
    }
}
