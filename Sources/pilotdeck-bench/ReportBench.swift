import Foundation
import GRDB
import PilotReports
import PilotStore

/// Every report, pilot and portfolio, in every format, built and rendered, beside the `sqlite3`
/// shell running the queries the build sends (recorded by `SQLTrace`).
enum ReportBench {
    static func figures(path: String) throws -> [Figure] {
        let database = try PilotDatabase(path: path)
        let busiest = try database.sqliteRead { db in
            try String.fetchOne(
                db, sql: "SELECT p.key FROM measurement m JOIN pilot p ON p.id = m.pilot_id GROUP BY m.pilot_id ORDER BY COUNT(*) DESC LIMIT 1")
        } ?? "?"
        let now = Date()
        let pilotQueries = try SQLTrace.record(path: path) { _ = try ReportBuilder.stageReport(database: $0, pilot: busiest, generatedAt: now) }
        let portfolioQueries = try SQLTrace.record(path: path) { _ = try ReportBuilder.portfolioReport(database: $0, generatedAt: now) }
        let pilotShell = try SQLiteShell.time(pilotQueries, path: path)
        let portfolioShell = try SQLiteShell.time(portfolioQueries, path: path, runs: 3)

        var figures: [Figure] = []
        for format in ReportFormat.allCases {
            let pilot = try Stopwatch.median(runs: 5) {
                _ = render(try ReportBuilder.stageReport(database: database, pilot: busiest, generatedAt: now), as: format)
            }
            figures.append(figure("pilot report \(busiest) .\(format.fileExtension)", pilot, pilotShell, pilotQueries.count))
        }
        for format in ReportFormat.allCases {
            let portfolio = try Stopwatch.median(runs: 3) {
                _ = render(try ReportBuilder.portfolioReport(database: database, generatedAt: now), as: format)
            }
            figures.append(figure("portfolio report .\(format.fileExtension)", portfolio, portfolioShell, portfolioQueries.count))
        }
        return figures
    }

    private static func figure(_ name: String, _ time: Duration, _ shell: Duration, _ queries: Int) -> Figure {
        let ratio = Units.ratio(time, shell)
        return Figure(
            name: name, value: Units.ms(time) + String(format: " (%.1fx)", ratio),
            comparison: "sqlite3, same \(queries) queries: \(Units.ms(shell))", target: "<= 2x", passes: ratio <= 2)
    }
}
