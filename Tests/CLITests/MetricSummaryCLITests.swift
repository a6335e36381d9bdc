import Foundation
import PilotdeckTestSupport
import Testing

/// `pilotdeck metric summary --json` on measurements recorded through the CLI: each interval
/// equals the reference implementation (scipy 1.17.1, statsmodels 0.15.0; the call beside each
/// value) and each status follows from it.
@Suite("CLI: metric summary with intervals")
struct MetricSummaryCLITests {
    static func close(_ a: Any?, _ b: Double) -> Bool {
        guard let a = a as? Double else { return false }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    @Test("means with sds, shares with and without a baseline, zero events: intervals and statuses")
    func summary() throws {
        let demo = try DemoCopy()
        let owner = String(cString: getpwuid(getuid()).pointee.pw_name)
        let tool = try #require((try demo.json(["tool", "list"]) as? [[String: Any]])?.first?["key"] as? String)
        try #require(demo.run(["pilot", "new", "--key", "STAT-1", "--name", "Intervals", "--playbook", "ambient-scribe", "--tool", tool, "--owner", owner]).status == 0)
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        func record(_ metric: String, _ value: String, n: Int, sd: String? = nil, baseline: Bool = false) throws {
            let result = try demo.run(
                ["metric", "record", "--pilot", "STAT-1", "--metric", metric, "--value", value, "--n", String(n), "--date", today]
                    + (sd.map { ["--sd", $0] } ?? []) + (baseline ? ["--baseline"] : []))
            #expect(result.status == 0, "\(result.stderr)")
        }
        try record("doc-time", "12.3", n: 38, sd: "4.1")
        try record("doc-time", "16.0", n: 42, sd: "5.2", baseline: true)
        try record("major-edits", "30", n: 40)
        try record("adoption", "25", n: 40)
        try record("same-day-closure", "37.5", n: 80)
        try record("same-day-closure", "24", n: 75, baseline: true)
        try record("significant-errors", "0", n: 100)
        try record("significant-errors", "0", n: 41)
        try record("usability", "74", n: 30)

        let lines = try #require(try demo.json(["metric", "summary", "--pilot", "STAT-1"]) as? [[String: Any]])
        func line(_ metric: String) throws -> [String: Any] { try #require(lines.first { $0["metric"] as? String == metric }) }

        // h = scipy.stats.t.ppf(0.975, 37) * 4.1 / sqrt(38); (12.3 - h, 12.3 + h)
        let docTime = try line("doc-time")
        #expect(Self.close(docTime["low"], 10.95236353456821) && Self.close(docTime["high"], 13.647636465431791), "\(docTime)")
        // Welch, as scipy.stats.ttest_ind(..., equal_var=False).confidence_interval() on these summaries
        let difference = try #require(docTime["difference"] as? [String: Any])
        #expect(Self.close(difference["low"], -5.775448135342696) && Self.close(difference["high"], -1.624551864657303), "\(difference)")
        #expect(docTime["status"] as? String == "inconclusive" && docTime["needed_n"] is Int, "-15% of 16 = -2.4 lies inside")

        // proportion_confint(12, 40, method="wilson") in %; against <= 20 it is inconclusive, and
        // the Wilson interval at 30% first lies above 20% at n = 62 (statsmodels in a loop)
        let edits = try line("major-edits")
        #expect(Self.close(edits["low"], 18.07484522974653) && Self.close(edits["high"], 45.430018818144946), "\(edits)")
        #expect(edits["status"] as? String == "inconclusive" && edits["needed_n"] as? Int == 62)

        // proportion_confint(10, 40, method="wilson") in %: below >= 30 but not wholly
        let adoption = try line("adoption")
        #expect(Self.close(adoption["low"], 14.187118639096305) && Self.close(adoption["high"], 40.19396142076803))
        #expect(adoption["status"] as? String == "inconclusive")

        // confint_proportions_2indep(30, 80, 18, 75, method="newcomb", compare="diff") in points: +6 is inside
        let closure = try #require(try line("same-day-closure")["difference"] as? [String: Any])
        #expect(Self.close(closure["low"], -1.071751131368992) && Self.close(closure["high"], 27.20811884775319), "\(closure)")

        // proportion_confint(0, 141, method="beta"): zero tolerance met, with the exact bound
        let errors = try line("significant-errors")
        #expect(errors["status"] as? String == "met" && errors["events"] as? Int == 0 && Self.close(errors["high"], 0.025822998663865584))
        #expect(errors["note"] as? String == "0 of 141; at most 2.6% (95%)")

        let usability = try line("usability")
        #expect(usability["status"] as? String == "insufficient" && usability["sd"] is NSNull && usability["low"] is NSNull)

        let refused = try demo.run(["metric", "record", "--pilot", "STAT-1", "--metric", "major-edits", "--value", "20", "--n", "10", "--sd", "3"])
        #expect(refused.status != 0 && refused.stderr.contains("sd") && refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(try demo.run(["audit", "verify"]).status == 0)
    }
}
