import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: kill -9 mid-write", .serialized)
struct KillTests {
    static let kills = 6
    static let importRows = 4000

    @Test("a large metric import killed at random points is all or nothing, and check passes")
    func killedImport() throws {
        let cli = try CLI()
        let baseline = try SeededDemo.copy(into: cli, name: "baseline.sqlite")
        let pilot = try SeededDemo.summary.readyPilot
        let metric = try #require(try PilotDatabase(path: baseline).playbook(of: PilotDatabase(path: baseline).pilot(pilot)).metrics.first?.key)
        let csv = cli.path("large.csv")
        try Data(("metric,value,n,date\n" + (0..<Self.importRows).map { "\(metric),\(10 + $0 % 7),12,\(Day(Date()).adding(days: -($0 % 18)))" }
            .joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let before = try cli.count(baseline, "measurement")
        try killRepeatedly(cli, baseline: baseline, arguments: ["metric", "import", "--pilot", pilot, csv]) { db in
            let after = try cli.count(db, "measurement")
            #expect([before, before + Self.importRows].contains(after), "a killed import left \(after - before) rows")
            return after != before
        }
    }

    @Test("a gate decision killed at random points is all or nothing, and check passes")
    func killedDecision() throws {
        let cli = try CLI()
        let baseline = try SeededDemo.copy(into: cli, name: "baseline.sqlite")
        let pilot = try SeededDemo.summary.readyPilot
        let stage = try cli.sqliteValue(baseline, "SELECT stage FROM pilot WHERE key = '\(pilot)'")
        let decisions = try cli.count(baseline, "decision")
        try killRepeatedly(cli, baseline: baseline, arguments: ["decide", "--pilot", pilot, "--decision", "go", "--rationale", "targets met"]) { db in
            let recorded = try cli.count(db, "decision") - decisions
            let stageNow = try cli.sqliteValue(db, "SELECT stage FROM pilot WHERE key = '\(pilot)'")
            #expect(recorded == 0 && stageNow == stage || recorded == 1 && stageNow != stage, "\(recorded) decisions, stage \(stageNow)")
            return recorded == 1
        }
    }

    /// Runs the command to time how long it holds the write lock, then on fresh copies of
    /// `baseline` waits until it holds the lock (its write transaction has begun) and kills it at
    /// a random moment within that time. After each kill `inspect` judges the file and says
    /// whether the write landed, and `check` must pass. Kills that found the transaction open and
    /// left nothing written are counted: at least one must land inside the transaction.
    func killRepeatedly(_ cli: CLI, baseline: String, arguments: [String], inspect: (String) throws -> Bool) throws {
        var held = Double.infinity
        for run in 0..<2 {
            let timing = cli.path("timing-\(run).sqlite")
            try FileManager.default.copyItem(atPath: baseline, toPath: timing)
            let probe = try WriteLockProbe(timing)
            let running = try cli.start(arguments + ["--db", timing])
            if try probe.waitUntilHeld(while: { running.process.isRunning }) {
                let started = Date()
                try probe.waitUntilFree()
                held = min(held, Date().timeIntervalSince(started))
            }
            let full = try running.wait()
            #expect(full.succeeded, "\(full.stderr)")
        }
        try #require(held.isFinite, "the command was never seen holding the write lock")
        var generator = SystemRandomNumberGenerator()
        var insideTransaction = 0
        for attempt in 0..<Self.kills {
            let db = cli.path("kill-\(attempt).sqlite")
            try FileManager.default.copyItem(atPath: baseline, toPath: db)
            let probe = try WriteLockProbe(db)
            let running = try cli.start(arguments + ["--db", db])
            let began = try probe.waitUntilHeld(while: { running.process.isRunning })
            let delay = Double.random(in: 0...(held * 0.8), using: &generator)
            if began { Thread.sleep(forTimeInterval: delay) }
            kill(running.pid, SIGKILL)
            let result = try running.wait()
            let landed = try inspect(db)
            if began && !landed && !result.exited { insideTransaction += 1 }
            let check = try cli.run(["check", "--db", db])
            #expect(check.succeeded, "check after a kill \(delay) s into the transaction: \(check.stdout)\(check.stderr)")
        }
        #expect(insideTransaction > 0, "no kill landed inside the write transaction (it holds the lock for \(held) s)")
    }
}
