import Foundation
import PilotDemo
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing
@testable import PilotReports

/// The demo hospital, reported on in every format: what leadership would export on the demo.
@Suite("Demo hospital reports")
struct DemoReportTests {
    static let today = ReportFixtures.day("2026-06-17")
    static let now = today.date.addingTimeInterval(10 * 3600)

    /// Seeded once and only read afterwards.
    static let seeded = Result { try SeededDemo.seed(admin: "root", today: today) }

    @Test("every pilot's stage report is produced in every format, well-formed and valid")
    func stageReports() throws {
        let (database, _) = try Self.seeded.get()
        let validator = try SchemaTests.validator()
        let head = try database.auditHead()
        for pilot in try database.pilots() {
            let report = try ReportBuilder.stageReport(database: database, pilot: pilot.key, generatedAt: Self.now)
            #expect(report.fingerprint.anchor == head.description)
            #expect(validator.errors(try JSONValue.parse(render(report, as: .json)), against: validator.root) == [], "\(pilot.key)")
            let html = render(report, as: .html)
            try HTMLStructure.check(html)
            #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
            #expect(try CSVReader.parse(render(report, as: .csv)).allSatisfy { $0.count == 5 }, "\(pilot.key)")
            for table in MarkdownTables.cellCounts(render(report, as: .markdown)) { #expect(Set(table).count == 1, "\(pilot.key)") }
        }
    }

    @Test("the portfolio shows the demo's notable pilots as they stand")
    func portfolio() throws {
        let (database, summary) = try Self.seeded.get()
        let report = try ReportBuilder.portfolioReport(database: database, generatedAt: Self.now)
        let validator = try SchemaTests.validator()
        #expect(report.pilots.map(\.key) == (try database.pilots().map(\.key)))
        #expect(report.pilots.first { $0.key == summary.readyPilot }?.readiness.ready == true)
        #expect(report.pilots.first { $0.key == summary.unmetPilot }?.readiness.unmet.count == 1)
        let paused = try #require(report.pilots.first { $0.key == summary.pausedPilot })
        #expect(paused.status == .paused && paused.readiness.blocked)
        #expect(paused.highestOpenSeverity.map(\.pausesPilot) == true)
        #expect(report.due.contains { $0.pilot.key == summary.readyPilot })
        #expect(validator.errors(try JSONValue.parse(render(report, as: .json)), against: validator.root) == [])
        try HTMLStructure.check(render(report, as: .html))
        let tables = try CSVReader.tables(render(report, as: .csv))
        #expect(tables.count == 2)
        #expect(tables[0].count == report.pilots.count + 1 && tables[0].allSatisfy { $0.count == tables[0][0].count })
        #expect(tables.last?.allSatisfy { $0.count == 5 } == true)
    }
}
