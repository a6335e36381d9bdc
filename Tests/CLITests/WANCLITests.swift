import Foundation
import LatencyProxy
import PilotdeckTestSupport
import Testing

/// Sites reaching the server across a WAN, simulated by `LatencyProxy`: each connection through
/// its own proxy, every byte held back by half the round trip each way, and the network cut at a
/// write's COMMIT on demand.
@Suite(
    "across a WAN (LatencyProxy)", .serialized,
    .enabled(if: PostgresCLI.server != nil, "PILOTDECK_TEST_POSTGRES is not set; start a server with eval \"$(.ci/postgres start)\""))
struct WANCLITests {
    @Test("the proxy holds each round trip back by what it was told: psql's two (startup, one query) take at least two round trips through it")
    func delay() throws {
        let url = try PostgresCLI.scratchDatabase()
        let proxy = try LatencyProxy(upstream: .init(postgresURL: url), roundTrip: .milliseconds(100))
        defer { proxy.close() }
        let started = Date()
        #expect(try PostgresCLI.query(proxy.route(url), "SELECT 1") == "1")
        // A busy machine only ever adds time, so only the lower bound says anything about the proxy.
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 0.2 && elapsed < 5, "psql through the proxy took \(elapsed) s")
    }

    @Test("a COMMIT cut by the network: a save the server applied is found in the audit log and reported once; one it never got is reported as not saved")
    func lostCommit() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let proxy = try LatencyProxy(upstream: .init(postgresURL: url), roundTrip: .milliseconds(2))
        defer { proxy.close() }
        func report(_ summary: String) throws -> CLI.Result {
            try cli.run([
                "incident", "open", "--db", proxy.route(url), "--pilot", "DSUM-HM", "--severity", "low", "--kind", "other", "--summary", summary,
            ])
        }
        func count(_ summary: String) throws -> String { try PostgresCLI.query(url, "SELECT count(*) FROM incident WHERE summary = '\(summary)'") }

        proxy.cutNextCommit(.afterServer)
        let saved = try report("Label printer jammed twice")
        #expect(saved.status == 0, "\(saved.stderr)")
        #expect(saved.stderr.contains("was lost while saving") && saved.stderr.contains("it was saved once"), "\(saved.stderr)")
        #expect(try count("Label printer jammed twice") == "1")

        proxy.cutNextCommit(.beforeServer)
        let lost = try report("Dictation headset lost")
        #expect(lost.status != 0 && MigrateFixture.isOneLine(lost.stderr) && lost.stderr.contains("nothing was saved, try again"), "\(lost.stderr)")
        #expect(try count("Dictation headset lost") == "0")

        let verify = try cli.run(["audit", "verify", "--db", url])
        #expect(verify.status == 0, "\(verify.stdout)")
    }

    @Test("two dashboards, each through its own 20 ms proxy: a decision made in one shows in the other within a second")
    func twoDashboards() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let proxies = try (0..<2).map { _ in try LatencyProxy(upstream: .init(postgresURL: url), roundTrip: .milliseconds(20)) }
        defer { proxies.forEach { $0.close() } }
        let sites = try proxies.map { proxy in
            let tmux = try Tmux.session(for: cli, environment: ["PILOTDECK_DB": proxy.route(url)])
            try tmux.startDashboard(then: "")
            return tmux
        }
        let (deciding, watching) = (sites[0], sites[1])
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.hasPrefix("DSUM-HM ") }.map(String.init) ?? "" }
        #expect(row(try watching.waitFor("DSUM-HM's row") { row($0).contains("controlled") }).contains("controlled"))

        try deciding.keys(":")
        try deciding.literal("pilot DSUM-HM")
        try deciding.keys("Enter")
        try deciding.waitFor(text: "Pilotdeck · Pilot DSUM-HM")
        try deciding.keys("c")
        try deciding.waitFor(text: "CRITERION / DECISION")
        try deciding.keys("d")
        try deciding.waitFor("the whole decision form") { $0.contains("Gate decision — DSUM-HM") && $0.contains("Esc cancel") }
        try deciding.keys("Tab")
        try deciding.literal("Every interval met at both sites")
        try deciding.keys("C-s")
        try deciding.waitFor("the decision to be saved", seconds: 10) { !$0.contains("Gate decision — DSUM-HM") }
        let saved = Date()
        let after = try watching.waitFor("the other site's portfolio to show the new stage", seconds: 5) { row($0).contains("expansion") }
        #expect(Date().timeIntervalSince(saved) <= 1, "the other dashboard took \(Date().timeIntervalSince(saved)) s")
        #expect(row(after).contains("expansion"))
        for site in sites { try site.keys("q") }
    }
}
