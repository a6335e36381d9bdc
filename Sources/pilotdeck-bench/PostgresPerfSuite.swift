import Foundation
import PilotDeck
import PilotKit
import PilotReports
import PilotStore
import TerminalKit

/// `pilotdeck-bench perf --db postgresql://…`: the figures of BENCHMARKS.md on PostgreSQL, each
/// beside the same figure on the SQLite file (`--sqlite`, default /tmp/large.sqlite) measured in
/// the same run, and the round trips a screen costs, which a WAN multiplies.
struct PostgresPerfSuite {
    let options: PerfOptions

    /// One line of the table: a figure on each engine and PostgreSQL's target.
    struct Pair {
        var name: String
        var postgres: String
        var sqlite: String
        var target: String
        var passes: Bool?
    }

    func run() -> Int32 {
        #if DEBUG
        print("debug build: figures are not meaningful; use swift run -c release pilotdeck-bench perf")
        #endif
        let url = options.databasePath
        let file = options.sqlitePath
        do {
            try LargeHospital.prepare(path: file, reseed: false)
            try LargeHospital.prepare(path: url, reseed: false)
        } catch {
            print("cannot prepare the databases: \(error)")
            return 1
        }
        let pilotdeck = PerfSuite.pilotdeckBinary()
        var pairs: [Pair] = []
        var notes: [String] = []
        let steps: [(String, () throws -> Void)] = [
            ("first frame", { pairs += try firstFrame(url, file, pilotdeck) }),
            ("keystrokes", {
                let (pair, note) = try keystrokes(url, file)
                pairs.append(pair)
                notes.append("PostgreSQL's " + note)
            }),
            ("wan", { pairs += try wan(url, file) }),
            ("reports", { pairs += try reports(url, file) }),
            ("feedback", { pairs += try feedback(url, file, pilotdeck) }),
            ("audit verify", { pairs += try verify(url, file) }),
            ("memory", { pairs.append(try memory(url, file, pilotdeck)) }),
        ]
        for (name, step) in steps where options.only.map(name.contains) ?? true {
            do {
                try step()
            } catch {
                pairs.append(Pair(name: name, postgres: "FAILED: \(error)", sqlite: "", target: "", passes: false))
            }
        }
        Figure.printTable(pairs.map {
            Figure(name: $0.name, value: $0.postgres, comparison: "SQLite: \($0.sqlite)", target: $0.target, passes: $0.passes)
        })
        notes.forEach { print($0) }
        return pairs.allSatisfy { $0.passes != false } ? 0 : 1
    }

    /// The whole process under tmux; in process; and the round trips of the first frame and of
    /// opening a pilot, switching its tab and moving a page, each counted in process.
    private func firstFrame(_ url: String, _ file: String, _ pilotdeck: URL?) throws -> [Pair] {
        var pairs: [Pair] = []
        if let pilotdeck, system("command -v tmux >/dev/null") == 0 {
            let shared = try FirstFrameBench.wholeProcess(path: url, pilotdeck: pilotdeck)
            let local = try FirstFrameBench.wholeProcess(path: file, pilotdeck: pilotdeck)
            pairs.append(Pair(
                name: "time to first frame (real process under tmux, 200x60)", postgres: Units.ms(shared), sqlite: Units.ms(local),
                target: "<= 150 ms", passes: shared <= .milliseconds(150)))
        }
        _ = try DeckDriver(path: url)
        let shared = try Stopwatch.median(runs: FirstFrameBench.runs) { _ = try DeckDriver(path: url) }
        let local = try Stopwatch.median(runs: FirstFrameBench.runs) { _ = try DeckDriver(path: file) }
        pairs.append(Pair(name: "first frame in process", postgres: Units.ms(shared), sqlite: Units.ms(local), target: "-", passes: nil))

        var driver = try DeckDriver(path: url)
        let frame = driver.database.roundTrips ?? 0
        func trips(_ keys: [KeyEvent]) -> Int {
            let start = driver.database.roundTrips ?? 0
            for key in keys { _ = driver.press(key) }
            return (driver.database.roundTrips ?? 0) - start
        }
        let open = trips([.enter])
        let tab = trips([.tab])
        let page = trips([.escape, .pageDown])
        pairs.append(Pair(
            name: "round trips: first frame / open a pilot / tab / page", postgres: "\(frame) / \(open) / \(tab) / \(page)",
            sqlite: "(in process, none)", target: "<= 25 / 10 / 10 / 10 (#15)", passes: nil))
        return pairs
    }

    /// The dashboard through `LatencyProxy` at a 20 ms round trip (#15), beside the file
    /// measured the same way, which pays no round trip at all.
    private func wan(_ url: String, _ file: String) throws -> [Pair] {
        let roundTrip = Duration.milliseconds(20)
        let shared = try WANBench(path: url, roundTrip: roundTrip).measure()
        let local = try WANBench(path: file, roundTrip: roundTrip).measure()
        let label = "through a \(Units.ms(roundTrip)) round trip (LatencyProxy)"
        return [
            Pair(
                name: "\(label): first frame", postgres: Units.ms(shared.firstFrame), sqlite: Units.ms(local.firstFrame), target: "<= 1 s",
                passes: shared.firstFrame <= .seconds(1)),
            Pair(
                name: "\(label): open a pilot", postgres: Units.ms(shared.openPilot), sqlite: Units.ms(local.openPilot), target: "<= 300 ms",
                passes: shared.openPilot <= .milliseconds(300)),
            Pair(
                name: "\(label): slowest key needing no new data", postgres: Units.ms(shared.localKey), sqlite: Units.ms(local.localKey),
                target: "< 16 ms", passes: shared.localKey < .milliseconds(16)),
        ]
    }

    /// Every report in every format, built and rendered in process on each engine, and the round
    /// trips one build of each costs on PostgreSQL.
    private func reports(_ url: String, _ file: String) throws -> [Pair] {
        let pilot = try ReportBench.busiestPilot(path: file)
        let now = Date()
        let shared = try PilotDatabase(path: url)
        func trips(_ build: () throws -> Void) throws -> Int {
            let start = shared.roundTrips ?? 0
            try build()
            return (shared.roundTrips ?? 0) - start
        }
        let pilotTrips = try trips { _ = try ReportBuilder.stageReport(database: shared, pilot: pilot, generatedAt: now) }
        let portfolioTrips = try trips { _ = try ReportBuilder.portfolioReport(database: shared, generatedAt: now) }
        let local = try ReportBench.timings(PilotDatabase(path: file), pilot: pilot, now: now)
        return try zip(ReportBench.timings(shared, pilot: pilot, now: now), local).map { shared, local in
            Pair(name: shared.name, postgres: Units.ms(shared.time), sqlite: Units.ms(local.time), target: "-", passes: nil)
        } + [
            Pair(
                name: "round trips: pilot report / portfolio report", postgres: "\(pilotTrips) / \(portfolioTrips)",
                sqlite: "(in process, none)", target: "-", passes: nil)
        ]
    }

    private func keystrokes(_ url: String, _ file: String) throws -> (Pair, String) {
        let (shared, note) = try DashboardBench.keystrokes(path: url)
        let local = try DashboardBench.keystrokes(path: file).figures
        let p99 = try Self.p99(shared)
        let pair = Pair(
            name: "keystroke to frame p99 (\(DashboardBench.keystrokes) keys)", postgres: Units.ms(p99), sqlite: Units.ms(try Self.p99(local)),
            target: "<= 16 ms", passes: p99 <= .milliseconds(16))
        return (pair, note)
    }

    /// Into the bench's PostgreSQL database itself (a server's audit log cannot be rolled back
    /// afterwards, so each run adds its rows); into a scratch copy of the file.
    /// The import in process, and `pilotdeck feedback add` as a process when it is built.
    private func feedback(_ url: String, _ file: String, _ pilotdeck: URL?) throws -> [Pair] {
        let rows = FeedbackBench.rows
        let shared = try FeedbackBench.importTime(into: PilotDatabase(path: url))
        let copy = try ScratchCopy(of: file)
        defer { copy.remove() }
        let local = try FeedbackBench.importTime(into: PilotDatabase(path: copy.path))
        let perSecond = Double(rows) / Units.seconds(shared)
        var pairs = [
            Pair(
                name: "feedback import through the Ledger (\(rows) rows)", postgres: Units.rate(rows, in: shared, "rows"),
                sqlite: Units.rate(rows, in: local, "rows"), target: ">= 20000 rows/s", passes: perSecond >= 20_000)
        ]
        if let pilotdeck {
            let pilot = try PilotDatabase(path: file).pilots()[0].key
            pairs.append(Pair(
                name: "pilotdeck feedback add (process, wall)", postgres: Units.ms(try FeedbackBench.addTime(pilotdeck, database: url, pilot: pilot)),
                sqlite: Units.ms(try FeedbackBench.addTime(pilotdeck, database: copy.path, pilot: pilot)), target: "-", passes: nil))
        }
        return pairs
    }

    /// Beside raw SHA-256 of the bytes verify hashes in the file's log (the server's holds the
    /// same entries, and whatever rows earlier runs of this bench added), and beside each
    /// engine's own client reading the rows verify reads.
    private func verify(_ url: String, _ file: String) throws -> [Pair] {
        let shared = try PilotDatabase(path: url)
        let (report, elapsed) = try Stopwatch.time { try shared.verifyAudit() }
        guard report.isIntact else { throw BenchError("audit verify found \(url) broken: \(report.lines(limit: 3))") }
        let (localReport, local) = try Stopwatch.time { try PilotDatabase(path: file).verifyAudit() }
        let hashing = try AuditBench.Hashing(path: file)
        let sharedRead = try AuditBench.reading(.psql(url: url))
        let localRead = try AuditBench.reading(.sqlite3(path: file))
        let ratio = Units.ratio(elapsed, hashing.time)
        return [
            Pair(
                name: "audit verify (\(report.entries) / \(localReport.entries) entries)",
                postgres: Units.ms(elapsed) + String(format: " (%.1fx)", ratio),
                sqlite: Units.ms(local) + String(format: " (%.1fx); the file's ", Units.ratio(local, hashing.time)) + hashing.summary,
                target: "<= 3x raw SHA-256", passes: ratio <= 3),
            Pair(
                name: "audit verify beside reading its rows, then hashing them",
                postgres: AuditBench.ratio(elapsed, reading: sharedRead, hashing: hashing) + " (psql reading them: \(Units.ms(sharedRead)))",
                sqlite: AuditBench.ratio(local, reading: localRead, hashing: hashing) + " (sqlite3 reading them: \(Units.ms(localRead)))",
                target: "-", passes: nil),
        ]
    }

    private func memory(_ url: String, _ file: String, _ pilotdeck: URL?) throws -> Pair {
        let shared = try MemoryBench.figure(path: url, pilotdeck: pilotdeck)
        let local = try MemoryBench.figure(path: file, pilotdeck: pilotdeck)
        return Pair(name: "dashboard peak memory (VmHWM)", postgres: shared.value, sqlite: local.value, target: shared.target, passes: shared.passes)
    }

    private static func p99(_ figures: [Figure]) throws -> Duration {
        guard let line = figures.first(where: { $0.name.contains("p99") }), let value = Double(line.value.split(separator: " ")[0]) else {
            throw BenchError("no p99 among the keystroke figures")
        }
        return .microseconds(Int(value * 1000))
    }
}
