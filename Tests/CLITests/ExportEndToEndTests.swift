import Foundation
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
        let tmux = try Tmux(width: 120, height: 40, directory: cli.directory, environment: [
            "XDG_DATA_HOME": cli.directory.path, "PILOTDECK_PLAYBOOKS": CLI.packageRoot.appendingPathComponent("Pilots").path,
        ])
        try tmux.type("\(CLI.binary.path) --db \(db); echo \"EXIT=$?\"")
        try tmux.waitFor(text: "Pilotdeck · Portfolio")

        try tmux.keys("e")
        try tmux.waitFor(text: "portfolio-report.md")
        try tmux.keys("Tab", "Right")
        try tmux.waitFor(text: "portfolio-report.html")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "report written")
        let portfolio = try String(contentsOf: cli.directory.appendingPathComponent("portfolio-report.html"), encoding: .utf8)
        #expect(portfolio.hasPrefix("<!DOCTYPE html>"), "\(portfolio.prefix(60))")

        try tmux.keys("j", "e")
        try tmux.waitFor(text: "portfolio-report.md")
        try tmux.keys("Right")
        try tmux.waitFor(text: "\(second)-report.md")
        try tmux.keys("Tab", "Right")
        try tmux.waitFor(text: "\(second)-report.html")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "report written")
        let report = try String(contentsOf: cli.directory.appendingPathComponent("\(second)-report.html"), encoding: .utf8)
        #expect(report.hasPrefix("<!DOCTYPE html>") && report.contains(second))
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("\(second)-report.md").path))
        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")
    }
}
