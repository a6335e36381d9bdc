import Foundation
import PilotDemo
import PilotKit
import Testing
@testable import PilotReports

/// A pilot named with `<`, `|`, `"`, `=`, a newline and control characters renders safely everywhere.
@Suite("Hostile text")
struct HostileTextTests {
    static let stage = ReportFixtures.hostileStageReport
    static let portfolio = ReportFixtures.hostilePortfolioReport

    static func outputs(_ format: ReportFormat) -> [String] { [render(stage, as: format), render(portfolio, as: format)] }

    @Test("no control character reaches any format; CR appears only in CSV line ends", arguments: ReportFormat.allCases)
    func noControls(format: ReportFormat) {
        for output in Self.outputs(format) {
            let scalars = Array(output.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where scalar != "\n" && Text.isUnsafeToShow(scalar) {
                let csvLineEnd = format == .csv && scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
                #expect(csvLineEnd, "U+\(String(scalar.value, radix: 16)) at offset \(index) in \(format)")
            }
        }
    }

    @Test("HTML: the text is escaped, the page is well-formed, with no script and no external reference")
    func html() throws {
        for html in Self.outputs(.html) {
            try HTMLStructure.check(html)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("http://") && !html.contains("https://"))
            #expect(!html.contains("url("))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | &quot;quoted&quot;"))
        }
    }

    @Test("Markdown: every table keeps its column count and no raw HTML gets through")
    func markdown() {
        for markdown in Self.outputs(.markdown) {
            let tables = MarkdownTables.cellCounts(markdown)
            #expect(!tables.isEmpty)
            for table in tables { #expect(Set(table).count == 1, "rows with different cell counts: \(table)") }
            #expect(!markdown.contains("<script"))
            #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \"quoted\" =HYPERLINK(\"x\")<br>second line"))
            #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("second line") })
        }
    }

    @Test("CSV: a strict RFC 4180 reader sees five fields in every record of the facts and no live formula")
    func csv() throws {
        for csv in Self.outputs(.csv) {
            let records = try #require(try CSVReader.tables(csv).last)
            #expect(records.first == ["section", "key", "label", "field", "value"])
            #expect(records.allSatisfy { $0.count == 5 })
            for field in try CSVReader.parse(csv).joined() {
                guard let first = field.first, "=+-@".contains(first) else { continue }
                #expect(Double(field) != nil, "a cell starts a formula: \(field)")
            }
            #expect(records.joined().contains { $0.hasPrefix("'=HYPERLINK") || $0.contains("\"quoted\" =HYPERLINK") })
        }
        let records = try CSVReader.parse(render(Self.stage, as: .csv))
        #expect(records.contains { $0[0] == "pilot" && $0[3] == "problem" && $0[4].hasPrefix("'=1+1\n<script>") })
        #expect(records.contains { $0[0] == "risk" && $0[2].hasPrefix("'-2+3 <script>") })
        #expect(records.contains { $0[0] == "feedback-comment" && $0[3] == "text" && $0[4].hasPrefix("'@SUM(A1)") })
    }

    @Test("JSON: parses, validates against the schema and carries the cleaned text")
    func json() throws {
        let validator = try SchemaTests.validator()
        for json in Self.outputs(.json) {
            let value = try JSONValue.parse(json)
            #expect(validator.errors(value, against: validator.root) == [])
        }
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(render(Self.stage, as: .json).utf8))
        #expect(decoded["pilot"]?["name"] == .string(ReportFixtures.hostileText.sanitized()))
        #expect(ReportFixtures.hostileText.sanitized().contains("\u{FFFD}bell\u{FFFD}rtl"))
    }

    @Test("random text from a hostile alphabet never breaks any format")
    func fuzz() throws {
        let alphabet: [String] = [
            "<", ">", "|", "\\", "\"", "'", "=", "+", "-", "@", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{7}", "\u{1B}", "\u{85}",
            "\u{202E}", "#", "*", "_", "`", "[", "]", "(", ")", "&", ";", ",", " ", "1.", "a", "é", "😀", "$",
        ]
        var random = SplitMix64(seed: 4180)
        let validator = try SchemaTests.validator()
        for _ in 0..<40 {
            let text = (0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            var report = ReportFixtures.stageReport
            report.pilot.name = text
            report.pilot.problem = text
            report.feedback.comments[0].text = text
            report.risks.entries[0].title = text
            report.readiness.criteria[0].detail = text
            try HTMLStructure.check(render(report, as: .html))
            for table in MarkdownTables.cellCounts(render(report, as: .markdown)) {
                #expect(Set(table).count == 1, "\(text.debugDescription) breaks a table: \(table)")
            }
            let records = try CSVReader.parse(render(report, as: .csv))
            #expect(records.allSatisfy { $0.count == 5 }, "\(text.debugDescription)")
            let problem = records.first { $0[0] == "pilot" && $0[3] == "problem" }?[4]
            #expect(problem == text.sanitized() || problem == "'" + text.sanitized(), "\(text.debugDescription) became \(problem.debugDescription)")
            #expect(!records.joined().contains { $0.first.map { "=+-@".contains($0) } == true && Double($0) == nil })
            let json = try JSONValue.parse(render(report, as: .json))
            #expect(validator.errors(json, against: validator.root) == [])
            #expect(json["pilot"]?["name"] == .string(text.sanitized()))
        }
    }
}
