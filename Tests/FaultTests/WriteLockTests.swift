import Foundation
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: a write lock held elsewhere", .serialized)
struct WriteLockTests {
    @Test("the CLI waits for the busy timeout, then fails in one line; readers still read")
    func heldLock() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let audit = try cli.count(db, "audit")
        let holder = try LockHolder(db)

        let reader = try cli.run(["pilot", "list", "--db", db, "--json"])
        #expect(reader.succeeded, "\(reader.stderr)")
        #expect(reader.stdout.contains(pilot))

        let started = Date()
        let writer = try cli.run(["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "4", "--category", "workflow", "--text", "blocked"])
        let waited = Date().timeIntervalSince(started)
        #expect(writer.exited && writer.status != 0)
        #expect(waited >= PilotDatabase.defaultBusyTimeout * 0.9, "gave up after \(waited) s")
        #expect(waited < PilotDatabase.defaultBusyTimeout + 10)
        #expect(writer.stderr.split(separator: "\n").count == 1, "\(writer.stderr)")
        #expect(writer.stderr.contains("busy"))
        holder.release()
        #expect(try cli.count(db, "audit") == audit)
    }

    @Test("the CLI waits for a lock released within the timeout and then writes")
    func briefLock() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let feedback = try cli.count(db, "feedback")
        let holder = try LockHolder(db)
        let writer = try cli.start(["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "4", "--category", "workflow", "--text", "waited"])
        try Self.waitUntilSleepingOnLock(writer)
        #expect(try cli.count(db, "feedback") == feedback, "wrote through a held lock")
        holder.release()
        let result = try writer.wait()
        #expect(result.succeeded, "\(result.stderr)")
        #expect(try cli.count(db, "feedback") == feedback + 1)
    }

    /// Polls until `writer` sleeps in SQLite's busy handler (`/proc/PID/wchan`: the kernel's
    /// nanosleep, which is what `sqlite3_busy_timeout` waits in), failing if it exits first.
    static func waitUntilSleepingOnLock(_ writer: Running) throws {
        let deadline = Date().addingTimeInterval(PilotDatabase.defaultBusyTimeout)
        while Date() < deadline {
            guard writer.process.isRunning else { throw Failure("the writer exited instead of waiting for the lock") }
            let wchan = try? String(contentsOfFile: "/proc/\(writer.pid)/wchan", encoding: .utf8)
            if wchan?.contains("nanosleep") == true { return }
            usleep(1000)
        }
        throw Failure("the writer was never seen waiting for the lock")
    }

    @Test("the dashboard opens and moves while another process holds the lock; a save says busy, keeps the form, and works once the lock is free")
    func dashboardUnderLock() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let audit = try cli.count(db, "audit")
        let holder = try LockHolder(db)
        let (session, _, _) = try Tmux.dashboardToSignal(cli, db: db)
        try session.keys("j", "Enter")
        try session.waitFor(text: "Overview")
        try session.keys("Escape", "a")
        try session.waitFor(text: "New pilot")
        try session.tmux(["send-keys", "-t", "0", "-l", "LOCK-WAIT"])
        try session.keys("Tab")
        try session.tmux(["send-keys", "-t", "0", "-l", "Saved after the lock"])
        try session.keys("C-s")
        let refused = try session.waitFor(text: "busy")
        #expect(refused.contains("New pilot") && refused.contains("LOCK-WAIT"), "the form was lost:\n\(refused)")
        #expect(try cli.count(db, "audit") == audit)
        holder.release()
        try session.keys("C-s")
        try session.waitFor(text: "created pilot LOCK-WAIT")
        try session.keys("q")
        try session.waitFor(text: "EXIT=0")
        #expect(try cli.count(db, "audit") > audit)
    }
}
