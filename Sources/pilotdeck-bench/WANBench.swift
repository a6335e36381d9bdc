import Foundation
import LatencyProxy
import PilotStore
import TerminalKit

/// The dashboard as a site across a WAN sees it: opened through `LatencyProxy` holding every
/// byte back by half of `roundTrip` each way, in process. Every query pays the round trip, so
/// these figures follow the round trips a screen costs. A file is measured the same way without
/// the proxy, as the comparison: what is left when no round trip is paid.
struct WANBench {
    let path: String
    let roundTrip: Duration

    struct Figures {
        var firstFrame: Duration
        var openPilot: Duration
        /// The slowest of keys that need no new data (moving within the open pilot's list).
        var localKey: Duration
    }

    func measure(runs: Int = 3) throws -> Figures {
        let proxy = try StoreLocation(path) == .file(path) ? nil : LatencyProxy(upstream: .init(postgresURL: path), roundTrip: roundTrip)
        defer { proxy?.close() }
        let proxied = proxy?.route(path) ?? path
        var samples: [Figures] = []
        for _ in 0..<runs {
            var (driver, first) = try Stopwatch.time { try DeckDriver(path: proxied) }
            let open = Stopwatch.time { driver.press(.enter) }.1
            let keys: [KeyEvent] = [.down, .down, .up, .down]
            let local = keys.map { key in Stopwatch.time { driver.press(key) }.1 }.max()!
            samples.append(Figures(firstFrame: first, openPilot: open, localKey: local))
        }
        func median(_ value: (Figures) -> Duration) -> Duration { samples.map(value).sorted()[samples.count / 2] }
        return Figures(firstFrame: median(\.firstFrame), openPilot: median(\.openPilot), localKey: median(\.localKey))
    }
}
