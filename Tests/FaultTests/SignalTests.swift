import Foundation
import Testing

@Suite("Faults: signals against the dashboard (tmux)", .serialized)
struct SignalTests {
    @Test("a signal ends the dashboard with the terminal restored and no half-written form", arguments: [
        (SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129), (SIGSEGV, 139),
    ])
    func signal(signal: Int32, status: Int) throws {
        let cli = try Pilotdeck()
        let db = try DemoFixture.copy(into: cli)
        let audit = try cli.count(db, "audit")
        let (session, pid, before) = try TerminalSession.dashboard(cli, db: db)
        try session.keys("a")
        try session.waitFor(text: "New pilot")
        try session.tmux(["send-keys", "-t", "0", "-l", "HALF-DONE"])
        try session.waitFor(text: "HALF-DONE")
        kill(pid, signal)
        try session.waitFor(text: "EXIT=\(status)")
        #expect(try session.terminalSettings() == before)
        #expect(try cli.count(db, "audit") == audit)
    }

    @Test("SIGTSTP restores the terminal while stopped; fg redraws; quitting restores it again")
    func suspend() throws {
        let cli = try Pilotdeck()
        let db = try DemoFixture.copy(into: cli)
        let (session, pid, before) = try TerminalSession.dashboard(cli, db: db, then: "")
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
