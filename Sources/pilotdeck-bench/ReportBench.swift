import Foundation
import GRDB
import PilotReports
import PilotStore

/// Every report, pilot and portfolio, in every format, built and rendered, beside the `sqlite3`
/// shell running the queries the build sends (recorded by `SQLTrace`).
enum ReportBench {
    static func figures(path: String) throws -> [Figure] {
        let database = try PilotDatabase(path: path)
        let busiest = try busiestPilot(path: path)
        let now = Date()
        let pilotQueries = try SQLTrace.record(path: path) { _ = try ReportBuilder.stageReport(database: $0, pilot: busiest, generatedAt: now) }
        let portfolioQueries = try SQLTrace.record(path: path) { _ = try ReportBuilder.portfolioReport(database: $0, generatedAt: now) }
        let pilotShell = try ReferenceShell.sqlite3(path: path).time(pilotQueries)
        let portfolioShell = try ReferenceShell.sqlite3(path: path).time(portfolioQueries, runs: 3)
        return try timings(database, pilot: busiest, now: now).map { report in
            report.portfolio
                ? figure(report.name, report.time, portfolioShell, portfolioQueries.count)
                : figure(report.name, report.time, pilotShell, pilotQueries.count)
        }
    }

    /// The pilot with the most measurements in the file at `path`: the pilot report with the most to read.
    static func busiestPilot(path: String) throws -> String {
        try PilotDatabase(path: path).sqliteRead { db in
            try String.fetchOne(
                db, sql: "SELECT p.key FROM measurement m JOIN pilot p ON p.id = m.pilot_id GROUP BY m.pilot_id ORDER BY COUNT(*) DESC LIMIT 1")
        } ?? "?"
    }

    /// Each report built from `database` and rendered: `pilot`'s in every format (median of 5),
    /// then the portfolio in every format (median of 3).
    static func timings(_ database: PilotDatabase, pilot: String, now: Date) throws -> [(name: String, time: Duration, portfolio: Bool)] {
        var timings: [(name: String, time: Duration, portfolio: Bool)] = []
        for format in ReportFormat.allCases {
            let time = try Stopwatch.median(runs: 5) {
                _ = render(try ReportBuilder.stageReport(database: database, pilot: pilot, generatedAt: now), as: format)
            }
            timings.append(("pilot report \(pilot) .\(format.fileExtension)", time, false))
        }
        for format in ReportFormat.allCases {
            let time = try Stopwatch.median(runs: 3) {
                _ = render(try ReportBuilder.portfolioReport(database: database, generatedAt: now), as: format)
            }
            timings.append(("portfolio report .\(format.fileExtension)", time, true))
        }
        return timings
    }

    private static func figure(_ name: String, _ time: Duration, _ shell: Duration, _ queries: Int) -> Figure {
        let ratio = Units.ratio(time, shell)
        return Figure(
            name: name, value: Units.ms(time) + String(format: " (%.1fx)", ratio),
            comparison: "sqlite3, same \(queries) queries: \(Units.ms(shell))", target: "<= 2x", passes: ratio <= 2)
    }
}
