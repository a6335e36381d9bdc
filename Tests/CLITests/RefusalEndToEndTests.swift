import Foundation
import PilotdeckTestSupport
import Testing

/// Issue #13 items 1 and 5, driven in the real dashboard under tmux as each demo role: a key that
/// cannot act says why, nothing typed after it runs as a command, and what a role may not do is
/// not offered.
@Suite("Refused keys end to end (tmux)", .serialized)
struct RefusalEndToEndTests {
    /// The demo dashboard as one person, in a private tmux server.
    struct Dashboard {
        let cli: CLI
        let db: String
        let tmux: Tmux

        init(as login: String?, readonly: Bool = false) throws {
            cli = try CLI()
            db = try cli.demo()
            let flags = (login.map { " --as \($0)" } ?? "") + (readonly ? " --readonly" : "")
            tmux = try Tmux.dashboard(cli, db: db, flags: flags, width: 100, height: 30)
            try tmux.waitFor("the portfolio's rows") { Self.rowKeys($0).count >= 2 }
        }

        /// The pilot keys of the list's rows, top to bottom.
        static func rowKeys(_ screen: String) -> [String] {
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let header = lines.firstIndex(where: { $0.hasPrefix("KEY ") }) else { return [] }
            return lines[(header + 1)...].prefix { $0.first?.isUppercase == true }.map { String($0.split(separator: " ")[0]) }
        }

        /// The newest audit entry's sequence number: it moves with any write.
        func auditHead() throws -> Int {
            let newest = try #require((try cli.json(["audit", "log", "--db", db, "--json", "--limit", "1"]) as? [[String: Any]])?.first)
            return try #require(newest["seq"] as? Int)
        }

        func quit() throws {
            try tmux.keys("q")
            try tmux.waitFor(text: "EXIT=0")
        }
    }

    /// Text with command keys in it (`N` moves, `s` sorts, `b` boards, `5` opens the audit log,
    /// `e` exports, `q` quits), then Tab, Ctrl-s (saves a form) and Enter.
    static let typed = "targets Ne met, sb5q"
    static let typedKeys = ["Tab", "C-s", "Enter"]

    @Test(
        "as each role, a refused form key says why and nothing typed after it runs",
        arguments: [
            ("margaret.okafor", "d", "open a pilot first"), ("priya.raman", "d", "open a pilot first"),
            ("jose.alvarez", "a", "permission denied: only lead may create pilots"),
            ("dmitri.volkov", "f", "permission denied: only clinician or lead may log feedback"),
            ("olivia.brennan", "d", "permission denied: only lead or leadership may record gate decisions"),
            ("read-only", "a", "read-only session"),
        ])
    func typingAfterARefusedKey(login: String, key: String, reason: String) throws {
        let readonly = login == "read-only"
        let dashboard = try Dashboard(as: readonly ? nil : login, readonly: readonly)
        let tmux = dashboard.tmux
        let before = try tmux.screen()
        let rows = Dashboard.rowKeys(before)
        let head = try dashboard.auditHead()

        try tmux.keys(key)
        _ = try tmux.waitFor(text: "Keys dropped: 0")
        // The pane may be captured while curses is still writing the frame: wait for its last line too.
        var screen = try tmux.waitFor(text: "\(key): " + reason.prefix(20))
        #expect(screen.contains("\(key) — "), "the refusal does not name the key:\n\(screen)")
        #expect(screen.contains("Not here: " + reason.prefix(30)), "\(screen)")
        let status = try #require(screen.split(separator: "\n").last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }))
        #expect(status.contains("\(key): " + reason.prefix(20)), "the status line does not say why: \(status)")

        try tmux.literal(Self.typed)
        for name in Self.typedKeys { try tmux.keys(name) }
        screen = try tmux.waitFor(text: "Keys dropped: \(Self.typed.count + Self.typedKeys.count)")
        #expect(screen.contains("Pilotdeck · Portfolio"), "\(screen)")

        try tmux.keys("Escape")
        screen = try tmux.waitFor("the refusal to close") { !$0.contains("Keys dropped") }
        #expect(screen.contains("Pilotdeck · Portfolio") && !screen.contains("Export"), "\(screen)")
        #expect(Dashboard.rowKeys(screen) == rows, "the list was sorted, filtered or turned into a board:\n\(screen)")
        #expect(!screen.contains("EXIT="), "q quit the dashboard")
        let reports = try FileManager.default.contentsOfDirectory(atPath: dashboard.cli.directory.path).filter { $0.hasSuffix("-report.md") }
        #expect(reports.isEmpty, "Ctrl-s wrote \(reports)")
        #expect(try dashboard.auditHead() == head)

        // The selection did not move (N would have moved it): Enter opens the first row.
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(rows[0])")
        try dashboard.quit()
    }

    @Test("a key with nothing to do here says so in the status line and holds nothing")
    func notAKeyHere() throws {
        let dashboard = try Dashboard(as: "margaret.okafor")
        try dashboard.tmux.keys("x")
        try dashboard.tmux.waitFor(text: "x: not a key here; ? lists the keys")
        try dashboard.tmux.keys("2")
        try dashboard.tmux.waitFor(text: "Pilotdeck · Tools")
        try dashboard.tmux.keys("s")
        try dashboard.tmux.waitFor(text: "s: only on the portfolio (1)")
        try dashboard.tmux.keys("Enter")
        try dashboard.tmux.waitFor(text: "Enter: nothing to open here")
        try dashboard.quit()
    }

    @Test("a lead's decision form has no override field; leadership's has")
    func overrideField() throws {
        for (login, offered) in [("priya.raman", false), ("margaret.okafor", true)] {
            let dashboard = try Dashboard(as: login)
            try dashboard.tmux.keys(":")
            try dashboard.tmux.literal("pilot AMB-FM")
            try dashboard.tmux.keys("Enter")
            try dashboard.tmux.waitFor(text: "Pilotdeck · Pilot AMB-FM")
            try dashboard.tmux.keys("c")
            try dashboard.tmux.waitFor(text: "CRITERION / DECISION")
            try dashboard.tmux.keys("d")
            // Its last line too: the pane may be captured while curses is still writing the form.
            let form = try dashboard.tmux.waitFor("the whole decision form") { $0.contains("Gate decision — AMB-FM") && $0.contains("Esc cancel") }
            #expect(form.contains("Rationale"))
            #expect(form.contains("Override") == offered, "\(login):\n\(form)")
            try dashboard.tmux.keys("Escape")
            try dashboard.tmux.waitFor("the form to close") { !$0.contains("Gate decision — AMB-FM") }
            try dashboard.quit()
        }
    }

    @Test("a clinician cannot open feedback on a pilot they do not take part in, and : offers only their pilots")
    func feedbackOnlyWhereEnrolled() throws {
        // jose.alvarez takes part in AMB-FM and RAD-CT, not in DSUM-HM.
        let dashboard = try Dashboard(as: "jose.alvarez")
        let tmux = dashboard.tmux
        #expect(Dashboard.rowKeys(try tmux.screen()) == ["AMB-FM", "RAD-CT"])
        let feedback = try dashboard.cli.sqlite(dashboard.db, "SELECT COUNT(*) FROM feedback")
        try tmux.keys(":")
        try tmux.literal("pilot DSUM-HM")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot DSUM-HM")
        try tmux.keys("f")
        let screen = try tmux.waitFor(text: "Keys dropped: 0")
        #expect(screen.contains("f: jose.alvarez does not take part in DSUM-HM"), "\(screen)")
        #expect(!screen.contains("Log feedback — DSUM-HM"))
        try tmux.literal("Great drafts")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "Keys dropped: 13")
        try tmux.keys("Escape")
        try tmux.waitFor("the refusal to close") { !$0.contains("Keys dropped") }
        #expect(try dashboard.cli.sqlite(dashboard.db, "SELECT COUNT(*) FROM feedback") == feedback)

        try tmux.keys(":")
        try tmux.literal("feedback ")
        let palette = try tmux.waitFor(text: "feedback RAD-CT")
        #expect(palette.contains("feedback AMB-FM") && !palette.contains("feedback DSUM-HM"), "\(palette)")
        try tmux.literal("amb")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Log feedback — AMB-FM")
        try tmux.keys("Escape")
        try tmux.waitFor("the form to close") { !$0.contains("Log feedback — AMB-FM") }
        try dashboard.quit()
    }

    @Test("a reviewer's : completion does not offer feedback")
    func reviewerPalette() throws {
        let dashboard = try Dashboard(as: "dmitri.volkov")
        try dashboard.tmux.keys(":")
        try dashboard.tmux.waitFor(text: "Command (Tab completes")
        try dashboard.tmux.literal("f")
        let palette = try dashboard.tmux.waitFor("the completions for f") { !$0.contains("pilot KEY, tools") }
        #expect(!palette.contains("feedback"), "\(palette)")
        try dashboard.tmux.keys("Escape")
        try dashboard.tmux.waitFor("the palette to close") { !$0.contains("Command (Tab completes") }
        try dashboard.quit()
    }
}
