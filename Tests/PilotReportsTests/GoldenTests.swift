import Foundation
import PilotdeckTestSupport
import Testing
@testable import PilotReports

@Suite("Golden reports")
struct GoldenTests {
    static let golden = Golden(folder: "Tests/PilotReportsTests/Golden")

    @Test("the stage report matches its golden in every format", arguments: ReportFormat.allCases)
    func stageReport(format: ReportFormat) throws {
        try Self.golden.check(render(ReportFixtures.stageReport, as: format), against: "stage-report.\(format.fileExtension)")
    }

    @Test("the portfolio report matches its golden in every format", arguments: ReportFormat.allCases)
    func portfolioReport(format: ReportFormat) throws {
        try Self.golden.check(render(ReportFixtures.portfolioReport, as: format), against: "portfolio-report.\(format.fileExtension)")
    }

    @Test("a report read back from its JSON renders the same in every format")
    func jsonRoundTrip() throws {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let stage = try decoder.decode(StageReport.self, from: Data(render(ReportFixtures.stageReport, as: .json).utf8))
        let portfolio = try decoder.decode(PortfolioReport.self, from: Data(render(ReportFixtures.portfolioReport, as: .json).utf8))
        #expect(stage == ReportFixtures.stageReport)
        #expect(portfolio == ReportFixtures.portfolioReport)
        for format in ReportFormat.allCases {
            #expect(render(stage, as: format) == render(ReportFixtures.stageReport, as: format))
        }
    }
}
