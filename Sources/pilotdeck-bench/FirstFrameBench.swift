import Foundation
import PilotDeck
import PilotKit
import PilotStore
import TerminalKit

/// Time to first frame as a user sees it: the release `pilotdeck` started in a private tmux
/// server's pane until its first complete screen is on the pane (polled; nothing subtracted),
/// beside the `sqlite3` shell running the queries that start-up sends, and `pilotdeck --version`,
/// each timed the same way. The in-process time (open, start, render) is a secondary line.
enum FirstFrameBench {
    static let runs = 5
    static let doneMarker = "pilotdeck-bench-done"

    static func figures(path: String, pilotdeck: URL?) throws -> [Figure] {
        _ = try DeckDriver(path: path)
        let inProcess = try Stopwatch.median(runs: runs) { _ = try DeckDriver(path: path) }
        let queries = try SQLTrace.record(path: path) { database in
            let runtime = DeckRuntime(database: database, ledger: nil)
            let user = try database.person(Identity.osLogin())
            let session = Session(user: user, databaseName: (path as NSString).lastPathComponent, isReadOnly: true, isDemo: true)
            _ = runtime.start(session: session, size: DeckDriver.size, playbookKeys: [])
        }
        var figures = [
            Figure(
                name: "first frame in process (open, start, render; 200x60)", value: Units.ms(inProcess),
                comparison: "no process start, no terminal", target: "-", passes: nil),
        ]
        guard let pilotdeck, system("command -v tmux >/dev/null") == 0 else {
            figures.append(Figure(
                name: "time to first frame (process under tmux)", value: "not measured", comparison: "needs tmux and a release build",
                target: "<= 100 ms", passes: nil))
            return figures
        }
        let expected = try expectedFrame(path: path)
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-bench-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        let statements = queries.map { $0.hasSuffix(";") ? $0 : $0 + ";" }
        try Data(([".output /dev/null"] + statements + [".output stdout", "SELECT '\(doneMarker)';"]).joined(separator: "\n").utf8)
            .write(to: script)

        let server = TmuxServer()
        defer { server.kill() }
        try server.start("sleep 86400", width: DeckDriver.size.width, height: DeckDriver.size.height)
        let pane = TmuxClient(socket: server.socket)
        let frame = try median(pane, "exec '\(pilotdeck.path)' --db '\(path)'") { isComplete($0, expected) }
        // A process that exits at once can lose its output with its pane, so these two are followed
        // by a sleep that keeps the pane (their shell forks them instead of replacing itself).
        let shell = try median(pane, "\(ReferenceShell.sqlite3Executable) -readonly -batch '\(path)' '.read \(script.path)'; exec sleep 86400") {
            $0.contains(doneMarker)
        }
        let version = try median(pane, "'\(pilotdeck.path)' --version; exec sleep 86400") {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        figures.append(Figure(
            name: "time to first frame (real process under tmux, 200x60)", value: Units.ms(frame),
            comparison: "sqlite3 process, its \(queries.count) queries: \(Units.ms(shell)); pilotdeck --version: \(Units.ms(version))",
            target: "<= 100 ms", passes: frame <= .milliseconds(100)))
        return figures
    }

    /// The first frame `pilotdeck --db path` draws, line by line, as the driver renders it.
    static func expectedFrame(path: String) throws -> [Substring] {
        let driver = try DeckDriver(path: path)
        return DeckView.render(driver.state, theme: driver.theme).text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The median time to the whole first frame of `pilotdeck --db path` in a tmux pane of its own.
    static func wholeProcess(path: String, pilotdeck: URL) throws -> Duration {
        let expected = try expectedFrame(path: path)
        let server = TmuxServer()
        defer { server.kill() }
        try server.start("sleep 86400", width: DeckDriver.size.width, height: DeckDriver.size.height)
        return try median(TmuxClient(socket: server.socket), "exec '\(pilotdeck.path)' --db '\(path)'") { isComplete($0, expected) }
    }

    /// The median over `runs` of: `command` started in the pane until `done` holds for its text.
    static func median(_ pane: TmuxClient, _ command: String, until done: (String) -> Bool) throws -> Duration {
        var samples: [Duration] = []
        for _ in 0..<runs {
            try pane.respawn("sleep 86400")
            let start = Stopwatch.clock.now
            try pane.respawn(command)
            var screen = try pane.capture()
            while !done(screen) {
                guard Stopwatch.clock.now - start < .seconds(30) else {
                    throw BenchError("'\(command)' never finished its screen: \(screen.split(separator: "\n").suffix(3).joined(separator: " / "))")
                }
                screen = try pane.capture()
            }
            samples.append(Stopwatch.clock.now - start)
        }
        try pane.respawn("sleep 86400")
        return Stopwatch.percentile(samples, 0.5)
    }

    /// Whether the pane shows the whole first frame: its header line, its status line, and the
    /// key column of every row between them (curses draws top to bottom, so a frame still being
    /// written shows its top only). Insight columns may differ: they arrive in the background.
    static func isComplete(_ screen: String, _ expected: [Substring]) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= expected.count else { return false }
        func trimmed(_ line: Substring) -> Substring { line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)] }
        let last = expected.count - 1
        guard trimmed(lines[0]) == trimmed(expected[0]), trimmed(lines[last]) == trimmed(expected[last]) else { return false }
        return (1..<last).allSatisfy { lines[$0].prefix(12) == expected[$0].prefix(12) }
    }
}
