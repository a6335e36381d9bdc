import Foundation
import PilotdeckTestSupport
import Testing

@Suite("Faults: signals against the dashboard (tmux)", .serialized)
struct SignalTests {
    /// Signals and the status the shell sees: 128 + the signal, whether the dashboard exits with it
    /// or, for a crash signal, re-raises it.
    static let endings: [(Int32, Int)] = [SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXCPU, __libc_current_sigrtmin() + 3]
        .map { ($0, 128 + Int($0)) }

    @Test("a signal ends the dashboard with the terminal restored and no half-written form", arguments: endings)
    func signal(signal: Int32, status: Int) throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let audit = try cli.count(db, "audit")
        let (session, pid, before) = try Tmux.dashboardToSignal(cli, db: db)
        try session.keys("a")
        try session.waitFor(text: "New pilot")
        try session.tmux(["send-keys", "-t", "0", "-l", "HALF-DONE"])
        try session.waitFor(text: "HALF-DONE")
        kill(pid, signal)
        try session.waitFor(text: "EXIT=\(status)")
        #expect(try session.terminalSettings() == before)
        #expect(try cli.count(db, "audit") == audit)
    }

    @Test("a crash with SWIFT_BACKTRACE unset prints the report and ends at once, not after the runtime's 30 s prompt")
    func crashDoesNotWaitForAKey() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let (session, pid, before) = try Tmux.dashboardToSignal(cli, db: db, backtrace: nil)
        let crashed = Date()
        kill(pid, SIGSEGV)
        let screen = try session.waitFor("the shell back within 15 s", seconds: 15) { $0.contains("EXIT=139") }
        #expect(Date().timeIntervalSince(crashed) < 15)
        #expect(screen.contains("crashed"), "the crash report is on the restored screen:\n\(screen)")
        #expect(try session.terminalSettings() == before)
    }

    @Test("SIGTSTP restores the terminal while stopped; fg redraws; quitting restores it again")
    func suspend() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let (session, pid, before) = try Tmux.dashboardToSignal(cli, db: db, then: "")
        kill(pid, SIGTSTP)
        try session.waitFor(text: "Stopped")
        #expect(try session.terminalSettings() == before)
        try session.type("fg")
        try session.waitFor("the dashboard redrawn") { $0.contains("Pilotdeck · Portfolio") && !$0.contains("Stopped") }
        try session.keys("q")
        let deadline = Date().addingTimeInterval(20)
        while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(kill(pid, 0) != 0, "the dashboard did not quit")
        #expect(try session.terminalSettings() == before)
    }
}
