import CursesTerminal
import Foundation
import PilotDeck
import PilotKit
import PilotStore
import TerminalKit

/// Keystroke to frame on the screen: each key handled, its effects run, the frame rendered and
/// drawn by curses (the diff against the previous frame and the write, to `/dev/null`), as
/// `DeckApp.run` does; beside rendering alone.
enum DashboardBench {
    static let keystrokes = 1000

    /// p50 and p99 over the scripted keys, and the slowest keys by action, for finding causes.
    static func keystrokes(path: String) throws -> (figures: [Figure], note: String) {
        var driver = try DeckDriver(path: path)
        let terminal = try CursesTerminal(headless: DeckDriver.size)
        defer { terminal.shutdown() }
        terminal.draw(DeckView.render(driver.state, theme: driver.theme))
        var samples: [Duration] = []
        var renderOnly: [Duration] = []
        var slowest: [(Duration, KeyEvent, String)] = []
        var cells = 0
        for key in KeyScript.keys(count: keystrokes) {
            let before = driver.state.route
            let (canvas, elapsed) = Stopwatch.time {
                let canvas = driver.press(key)
                terminal.draw(canvas)
                return canvas
            }
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
