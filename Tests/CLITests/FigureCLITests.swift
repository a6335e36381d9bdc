import Foundation
import PilotdeckTestSupport
import Testing

/// The CLI shows figures as the dashboard and reports do (`NumberText.display`).
@Suite("CLI: figures")
struct FigureCLITests {
    @Test("a value to three significant digits, a missing sd and interval as —")
    func figures() throws {
        let demo = try DemoCopy()
        try demo.newPilot("FIG-1", playbook: "ambient-scribe")
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .gmt, formatOptions: [.withFullDate])
        let recorded = try demo.run(["metric", "record", "--pilot", "FIG-1", "--metric", "doc-time", "--value", "12.345", "--n", "40", "--date", today])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("doc-time = 12.3 (n=40)"), "\(recorded.stdout)")
        let list = try demo.run(["metric", "list", "--pilot", "FIG-1"])
        let row = try #require(list.stdout.split(separator: "\n").first { $0.contains("doc-time") })
        #expect(row.split(separator: " ").map(String.init) == [today, "doc-time", "12.3", "40", "—", "intake"], "\(row)")
        let summary = try demo.run(["metric", "summary", "--pilot", "FIG-1"])
        let line = try #require(summary.stdout.split(separator: "\n").first { $0.hasPrefix("doc-time") })
        #expect(line.contains(" 12.3 ") && line.contains(" — "), "\(line)")
    }
}
