import Foundation
import PilotStore
import Testing

@Suite("Faults: kill -9 mid-write", .serialized)
struct KillTests {
    static let kills = 6
    static let importRows = 4000

    @Test("a large metric import killed at random points is all or nothing, and check passes")
    func killedImport() throws {
        let cli = try Pilotdeck()
        let baseline = try DemoFixture.copy(into: cli, name: "baseline.sqlite")
        let pilot = try DemoFixture.summary.readyPilot
        let metric = try #require(try PilotDatabase(path: baseline).playbook(of: PilotDatabase(path: baseline).pilot(pilot)).metrics.first?.key)
        let csv = cli.path("large.csv")
        try Data(("metric,value,n,date\n" + (0..<Self.importRows).map { "\(metric),\(10 + $0 % 7),12,2026-02-\(10 + $0 % 18)" }
            .joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let before = try cli.count(baseline, "measurement")
        try killRepeatedly(cli, baseline: baseline, arguments: ["metric", "import", "--pilot", pilot, csv]) { db in
            let after = try cli.count(db, "measurement")
            #expect([before, before + Self.importRows].contains(after), "a killed import left \(after - before) rows")
        }
    }

    @Test("a gate decision killed at random points is all or nothing, and check passes")
    func killedDecision() throws {
        let cli = try Pilotdeck()
        let baseline = try DemoFixture.copy(into: cli, name: "baseline.sqlite")
        let pilot = try DemoFixture.summary.readyPilot
        let stage = try cli.sqlite(baseline, "SELECT stage FROM pilot WHERE key = '\(pilot)'")
        let decisions = try cli.count(baseline, "decision")
        try killRepeatedly(cli, baseline: baseline, arguments: ["decide", "--pilot", pilot, "--decision", "go", "--rationale", "targets met"]) { db in
            let recorded = try cli.count(db, "decision") - decisions
            let stageNow = try cli.sqlite(db, "SELECT stage FROM pilot WHERE key = '\(pilot)'")
            #expect(recorded == 0 && stageNow == stage || recorded == 1 && stageNow != stage, "\(recorded) decisions, stage \(stageNow)")
        }
    }

    /// Runs the command once to time it, then on fresh copies of `baseline` kills it at random
    /// moments within that time; after each kill `inspect` judges the file and `check` must pass.
    func killRepeatedly(_ cli: Pilotdeck, baseline: String, arguments: [String], inspect: (String) throws -> Void) throws {
        var duration = Double.infinity
        for run in 0..<2 {
            let timing = cli.path("timing-\(run).sqlite")
            try FileManager.default.copyItem(atPath: baseline, toPath: timing)
            let started = Date()
            let full = try cli.run(arguments + ["--db", timing])
            #expect(full.succeeded, "\(full.err)")
            duration = min(duration, Date().timeIntervalSince(started))
        }
        var generator = SystemRandomNumberGenerator()
        var killedMidway = 0
        for attempt in 0..<Self.kills {
            let db = cli.path("kill-\(attempt).sqlite")
            try FileManager.default.copyItem(atPath: baseline, toPath: db)
            let delay = Double.random(in: 0.01...max(0.02, duration * 0.9), using: &generator)
            let running = try cli.start(arguments + ["--db", db])
            Thread.sleep(forTimeInterval: delay)
            kill(running.pid, SIGKILL)
            let result = running.wait()
            if !result.exited { killedMidway += 1 }
            try inspect(db)
            let check = try cli.run(["check", "--db", db])
            #expect(check.succeeded, "check after a kill at \(delay) s: \(check.out)\(check.err)")
        }
        #expect(killedMidway > 0, "no run was still going when killed (command takes \(duration) s)")
    }
}
