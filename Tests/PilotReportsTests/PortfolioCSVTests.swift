import Foundation
import PilotKit
import Testing
@testable import PilotReports

/// Issue #13 item 9: leadership opens the portfolio CSV in a spreadsheet and reads one row per
/// pilot, without a pivot; the long facts table follows it.
@Suite("Portfolio CSV")
struct PortfolioCSVTests {
    static let report = ReportFixtures.portfolioReport

    @Test("the file opens with one row per pilot under a header, then the five-column facts")
    func pilotTable() throws {
        let tables = try CSVReader.tables(render(Self.report, as: .csv))
        #expect(tables.count == 2)
        let pilots = tables[0]
        let header = try #require(pilots.first)
        #expect(Array(header.prefix(6)) == ["key", "name", "use-case", "tool", "stage", "status"])
        #expect(pilots.count == Self.report.pilots.count + 1)
        #expect(pilots.allSatisfy { $0.count == header.count })
        func column(_ name: String) throws -> [String] {
            let index = try #require(header.firstIndex(of: name), "no column \(name)")
            return pilots.dropFirst().map { $0[index] }
        }
        #expect(try column("key") == Self.report.pilots.map(\.key))
        #expect(try column("gate-met") == Self.report.pilots.map { String($0.readiness.met) })
        #expect(try column("unmet-criteria")[2] == "pilot status; open incidents")
        #expect(try column("headline-value")[1] == "41.5")
        #expect(try column("needs-revalidation") == ["false", "true", "false", "false"])
        #expect(tables[1].first == ["section", "key", "label", "field", "value"])
    }
}
