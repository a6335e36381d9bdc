import Foundation
import PilotdeckTestSupport
import Testing

/// Issue #13 items 6 and 8 in the real dashboard under tmux: keys as a terminal sends them.
@Suite("Form inputs and keys end to end (tmux)", .serialized)
struct FormInputEndToEndTests {
    /// The demo dashboard under TERM=xterm-256color, whose terminfo entry spells Home and End
    /// differently from what tmux sends.
    static func dashboard() throws -> (CLI, String, Tmux) {
        let cli = try CLI()
        let db = try cli.demo()
        let tmux = try Tmux.dashboard(cli, db: db, width: 100, height: 30, environment: ["TERM": "xterm-256color"])
        try tmux.waitFor("the portfolio's rows") { RefusalEndToEndTests.Dashboard.rowKeys($0).count >= 2 }
        return (cli, db, tmux)
    }

    static func line(_ screen: String, containing text: String) -> String? {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    @Test("Home, End and unknown sequences under xterm-256color; help, Discard?, Tab completion, number and rating fields")
    func keys() throws {
        let (_, _, tmux) = try Self.dashboard()
        let rows = RefusalEndToEndTests.Dashboard.rowKeys(try tmux.screen())

        // Home and End in the list, as tmux sends them (Esc [ 1 ~, Esc [ 4 ~): never `1` or `4`.
        try tmux.keys("End", "Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(rows.last!)")
        try tmux.keys("Escape", "Home", "Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(rows.first!)")
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Pilotdeck · Portfolio")
        // Insert (Esc [ 2 ~) means nothing here: dropped whole, not replayed as `2` (tools).
        try tmux.keys("IC", "?")
        try tmux.waitFor(text: "Keys — Portfolio")

        // Help: another key leaves it open, j scrolls, q closes it without quitting, Esc too.
        try tmux.keys("x", "j")
        try tmux.waitFor("help scrolled by j") { screen in
            let lines = screen.split(separator: "\n").map(String.init)
            guard let title = lines.firstIndex(where: { $0.contains("Keys — Portfolio") }) else { return false }
            return !lines[title + 1].contains("Navigate") && lines[title + 1].contains("Move up")
        }
        #expect(Self.line(try tmux.screen(), containing: "Esc q close") != nil, "the footer names the keys")
        try tmux.keys("q")
        try tmux.waitFor("help closed, dashboard running") { !$0.contains("Keys — ") && $0.contains("Pilotdeck · Portfolio") }
        try tmux.keys("?")
        try tmux.waitFor(text: "Keys — Portfolio")
        try tmux.keys("Escape")
        try tmux.waitFor("help closed by Esc") { !$0.contains("Keys — ") && $0.contains("Pilotdeck · Portfolio") }

        // Home and End in a text field: ":ilot", Home, "p", End, " KEY" opens the pilot.
        let inboxes = rows.filter { $0.hasPrefix("IN") }.sorted()
        #expect(inboxes.count > 1)
        try tmux.keys(":")
        try tmux.literal("ilot")
        try tmux.keys("Home")
        try tmux.literal("p")
        try tmux.keys("End")
        try tmux.literal(" \(inboxes[0])")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(inboxes[0])")

        // :pilot IN, then Tab goes through every match.
        try tmux.keys(":")
        try tmux.literal("pilot IN")
        for key in inboxes + [inboxes[0]] {
            try tmux.keys("Tab")
            try tmux.waitFor(text: ":pilot \(key) ")
        }
        try tmux.keys("Tab", "Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(inboxes[1])")

        // A number field: typing replaces the default of 10; Esc at Discard? answers no.
        try tmux.keys("Tab", "Tab")
        try tmux.waitFor(text: "METRIC")
        try tmux.keys("a")
        try tmux.waitFor(text: "Record measurement")
        try tmux.keys("Tab", "Tab")
        try tmux.literal("40")
        try tmux.waitFor("40 samples") { Self.line($0, containing: "Samples (n)")?.contains(" 40") == true }
        #expect(Self.line(try tmux.screen(), containing: "Samples (n)")?.contains("1040") == false)
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Discard? (y/n)")
        try tmux.keys("Escape")
        try tmux.waitFor("the form again, as it was") { !$0.contains("Discard? (y/n)") && Self.line($0, containing: "Samples (n)")?.contains(" 40") == true }
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Discard? (y/n)")
        try tmux.keys("y")
        try tmux.waitFor("the form closed") { !$0.contains("Record measurement") }

        // The rating takes a digit; the tags show every allowed value.
        try tmux.keys("f")
        try tmux.waitFor(text: "Log feedback")
        try tmux.literal("2")
        try tmux.waitFor("rating 2") { Self.line($0, containing: "Rating 1-5")?.contains("◂ 2 ▸") == true }
        let form = try tmux.screen()
        for tag in ["medication", "order", "symptom", "diagnosis", "other"] { #expect(form.contains("[ ] \(tag)"), "\(tag)") }
        try tmux.keys("Escape", "y")
        try tmux.waitFor("the feedback form closed") { !$0.contains("Log feedback") }

        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")
    }

    @Test("sign-off: unmet criteria and the open incident shown first, no default verdict, a dissent needs a note")
    func signOff() throws {
        let (cli, db, tmux) = try Self.dashboard()
        let paused = "AMB-ED"
        try tmux.keys(":")
        try tmux.literal("pilot \(paused)")
        try tmux.keys("Enter")
        try tmux.waitFor(text: "Pilotdeck · Pilot \(paused)")
        try tmux.keys("o")
        let form = try tmux.waitFor("the sign-off form with its briefing") { screen in
            screen.contains("Sign off gate — \(paused)") && screen.contains("! incident #") && screen.contains("◂ choose ▸")
        }
        #expect(form.contains("criteria unmet") && form.contains("✘ "), "\(form)")

        try tmux.keys("C-s")
        try tmux.waitFor(text: "choose one: approve or dissent")
        try tmux.keys("Right", "Right", "Right")
        try tmux.waitFor(text: "◂ dissent ▸")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "a dissent needs a note")
        try tmux.keys("Tab")
        try tmux.literal("close the incident first")
        try tmux.keys("C-s")
        try tmux.waitFor(text: "dissented on the")
        try tmux.keys("q")
        try tmux.waitFor(text: "EXIT=0")

        let newest = try #require((try cli.json(["audit", "log", "--db", db, "--json", "--limit", "1"]) as? [[String: Any]])?.first)
        #expect(newest["entity"] as? String == "sign_off")
        let after = try #require(newest["after"] as? String)
        #expect(after.contains("\"verdict\":\"dissent\"") && after.contains("close the incident first"), "\(after)")
    }
}
