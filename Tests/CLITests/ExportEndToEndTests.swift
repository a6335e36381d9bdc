import Foundation
import PilotdeckTestSupport
import Testing

/// The dashboard's export, driven under tmux: the portfolio offers its own report first and the
/// highlighted pilot's second, and the file name carries the chosen format's extension.
@Suite("Export end to end (tmux)", .serialized)
struct ExportEndToEndTests {
    @Test("e on the portfolio: the portfolio report, then the highlighted pilot's as HTML under a .html name")
    func exportFromPortfolio() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let pilots = try #require(try cli.json(["pilot", "list", "--db", db, "--json"]) as? [[String: Any]])
        let second = try #require(pilots.compactMap { $0["key"] as? String }.sorted().dropFirst().first)
        let tmux = try Tmux.dashboard(cli, db: db)
        let portfolio = try export(on: tmux, in: cli, report: "portfolio", choosing: [])
        #expect(portfolio.hasPrefix("<!DOCTYPE html>"), "\(portfolio.prefix(60))")
        try tmux.keys("j")
        let report = try export(on: tmux, in: cli, report: second, choosing: ["Right"])
        #expect(report.hasPrefix("<!DOCTYPE html>") && report.contains(second))
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("\(second)-report.md").path))
        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    /// Opens the export form, presses `keys` on its report choice, picks HTML, saves, and returns
    /// the file written under the name the form proposed.
    func export(on tmux: Tmux, in cli: CLI, report: String, choosing keys: [String]) throws -> String {
        try tmux.keys("e")
        try tmux.waitFor(text: "portfolio-report.md")
        for key in keys { try tmux.keys(key) }
        try tmux.waitFor(text: "\(report)-report.md")
        try tmux.keys("Tab", "Right")
        try tmux.waitFor(text: "\(report)-report.html")
        let file = cli.directory.appendingPathComponent("\(report)-report.html")
        try tmux.keys("C-s")
        try tmux.waitFor("\(file.lastPathComponent) written") { _ in FileManager.default.fileExists(atPath: file.path) }
        try tmux.waitFor("the form to close") { !$0.contains("Export a report") }
        return try String(contentsOf: file, encoding: .utf8)
    }
}
