import Testing
@testable import PilotReports

@Suite("Report formats")
struct ReportFormatTests {
    @Test("the format follows the output file's extension", arguments: [
        ("md", ReportFormat.markdown), ("markdown", .markdown), ("MD", .markdown), (".html", .html), ("htm", .html),
        ("csv", .csv), ("JSON", .json),
    ])
    func fromExtension(pair: (String, ReportFormat)) {
        #expect(ReportFormat(fileExtension: pair.0) == pair.1)
    }

    @Test("an extension that implies no format gives none", arguments: ["", "txt", "pdf", "xlsx", "md.bak"])
    func unknownExtension(text: String) {
        #expect(ReportFormat(fileExtension: text) == nil)
    }

    @Test("every format writes files with an extension it reads back")
    func extensionsRoundTrip() {
        for format in ReportFormat.allCases { #expect(ReportFormat(fileExtension: format.fileExtension) == format) }
    }
}
