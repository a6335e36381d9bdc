import Testing
@testable import PilotReports

@Suite("HTML stylesheet")
struct HTMLStylesheetTests {
    /// The declarations of the rule for `selector` in the report's stylesheet.
    static func declarations(of selector: String, in html: String) -> [String] {
        html.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix(selector + " {") }
            .flatMap { $0.dropFirst(selector.count + 2).split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    @Test("column headers wrap at spaces only, cells may still break anywhere")
    func headersWrapAtSpaces() {
        let html = render(ReportFixtures.portfolioReport, as: .html)
        let header = Self.declarations(of: "thead th", in: html)
        #expect(header.contains("overflow-wrap: normal"), "\(header)")
        #expect(header.contains("word-break: normal"), "\(header)")
        #expect(Self.declarations(of: "th, td", in: html).contains("overflow-wrap: anywhere"))
    }
}
