import Foundation
import PilotdeckTestSupport
import Testing

@Suite("Dashboard end to end (tmux)", .serialized)
struct DashboardEndToEndTests {
    @Test("navigate, filter, help, resize, create a pilot through the form, quit to a clean shell")
    func session() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let pilots = try #require(try cli.json(["pilot", "list", "--db", db, "--json"]) as? [[String: Any]])
        let keys = pilots.compactMap { $0["key"] as? String }
        let tmux = try Tmux.session(for: cli)
        try tmux.type("stty -g > before.stty; \(CLI.binary.path) --db \(db); echo \"EXIT=$?\"; stty -g > after.stty")
        var screen = try tmux.waitFor("the portfolio") { screen in keys.prefix(5).allSatisfy { screen.contains($0) } }
        #expect(screen.contains("Portfolio"))

        try tmux.keys("Enter")
        screen = try tmux.waitFor(text: "Overview")
        #expect(screen.contains("Use case"))
        try tmux.keys("Tab")
        try tmux.waitFor(text: "DATA DOMAIN")
        try tmux.keys("Tab")
        try tmux.waitFor(text: "METRIC")
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Pilotdeck · Portfolio")

        try tmux.keys("?")
        try tmux.waitFor(text: "Keys")
        try tmux.keys("Escape")
        try tmux.waitFor("help closed") { !$0.contains("Keys — ") }

        let target = keys[keys.count / 2]
        try tmux.keys("/")
        try tmux.literal(target)
        screen = try tmux.waitFor("the filter to narrow the list") { screen in
            screen.contains(target) && keys.filter { $0 != target && !$0.contains(target) }.allSatisfy { !screen.contains($0) }
        }
        try tmux.keys("Escape")
        try tmux.keys("Escape")
        try tmux.waitFor("the filter to clear") { screen in keys.prefix(3).allSatisfy { screen.contains($0) } }

        try tmux.resize(width: 60, height: 20)
        // What the dashboard decides at 60 columns: the header and the status bar keep their
        // places, and the list drops columns rather than cutting the pilots' keys.
        screen = try tmux.waitFor("the 60x20 layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines[0].hasPrefix(" Pilotdeck · Portfolio") && lines[19].hasPrefix(" ? help")
        }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("KEY"), "\(screen)")
        for (row, key) in zip(lines[2...], keys.sorted().prefix(5)) {
            #expect(row.hasPrefix(key + " "), "row cut or out of order: \(row)")
        }
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor(text: "too small")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor(text: "Pilotdeck · Portfolio")

        try tmux.keys("a")
        try tmux.waitFor(text: "New pilot")
        try tmux.literal("E2E-NEW")
        try tmux.keys("Tab")
        try tmux.literal("Created from tmux")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "created pilot E2E-NEW")

        try tmux.keys("q")
        screen = try tmux.waitFor(text: "EXIT=0")
        let before = try String(contentsOf: cli.directory.appendingPathComponent("before.stty"), encoding: .utf8)
        _ = try tmux.waitFor("stty saved") { _ in FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("after.stty").path) }
        Thread.sleep(forTimeInterval: 0.2)
        let after = try String(contentsOf: cli.directory.appendingPathComponent("after.stty"), encoding: .utf8)
        #expect(before == after)
        let created = try #require(try cli.json(["pilot", "show", "E2E-NEW", "--db", db, "--json"]) as? [String: Any])
        #expect((created["pilot"] as? [String: Any])?["name"] as? String == "Created from tmux")
    }
}
