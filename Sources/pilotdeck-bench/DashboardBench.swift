import Foundation
import PilotDeck
import PilotKit
import PilotStore
import TerminalKit

/// Time to first frame and keystroke to frame, each beside the `sqlite3` shell running the same
/// queries (first frame) or beside rendering alone (keystrokes).
enum DashboardBench {
    static let keystrokes = 1000

    static func firstFrame(path: String) throws -> Figure {
        _ = try DeckDriver(path: path)
        let frame = try Stopwatch.median(runs: 5) { _ = try DeckDriver(path: path) }
        let queries = try SQLTrace.record(path: path) { database in
            let runtime = DeckRuntime(database: database, ledger: nil)
            let user = try database.person(Identity.osLogin())
            let session = Session(user: user, databasePath: path, isReadOnly: true, isDemo: true)
            _ = runtime.start(session: session, size: DeckDriver.size, playbookKeys: [])
        }
        try queries.joined(separator: ";\n").write(toFile: "/tmp/ff-queries.sql", atomically: true, encoding: .utf8)
        let shell = try SQLiteShell.time(queries, path: path)
        return Figure(
            name: "time to first frame (200x60)", value: Units.ms(frame),
            comparison: "sqlite3, its \(queries.count) queries: \(Units.ms(shell))", target: "<= 100 ms",
            passes: frame <= .milliseconds(100))
    }

    /// p50 and p99 over the scripted keys, and the slowest keys by action, for finding causes.
    static func keystrokes(path: String) throws -> (figures: [Figure], note: String) {
        var driver = try DeckDriver(path: path)
        var samples: [Duration] = []
        var renderOnly: [Duration] = []
        var slowest: [(Duration, KeyEvent, String)] = []
        var cells = 0
        for key in KeyScript.keys(count: keystrokes) {
            let before = driver.state.route
            let (canvas, elapsed) = Stopwatch.time { driver.press(key) }
            cells += canvas.cells.count
            samples.append(elapsed)
            slowest.append((elapsed, key, "\(before)"))
            renderOnly.append(Stopwatch.time { DeckView.render(driver.state, theme: driver.theme) }.1)
        }
        let p50 = Stopwatch.percentile(samples, 0.5)
        let p99 = Stopwatch.percentile(samples, 0.99)
        let slow = slowest.sorted { $0.0 > $1.0 }.prefix(15).map { "\($0.1) on \($0.2) \(Units.ms($0.0))" }
        let figures = [
            Figure(
                name: "keystroke to frame p50 (\(samples.count) keys)", value: Units.ms(p50),
                comparison: "render alone p50: \(Units.ms(Stopwatch.percentile(renderOnly, 0.5)))", target: "-", passes: nil),
            Figure(
                name: "keystroke to frame p99", value: Units.ms(p99),
                comparison: "render alone p99: \(Units.ms(Stopwatch.percentile(renderOnly, 0.99)))", target: "<= 8 ms",
                passes: p99 <= .milliseconds(8)),
        ]
        return (figures, "slowest keys: \(slow.joined(separator: "; ")) (\(cells) cells drawn)")
    }
}
