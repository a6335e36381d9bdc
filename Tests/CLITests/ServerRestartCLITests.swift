import Foundation
import PilotdeckTestSupport
import Testing

/// A PostgreSQL server stopped and started again under an open dashboard, on a cluster of the
/// test's own (`.ci/postgres start`), since the shared test server serves other suites meanwhile.
@Suite(
    "a server restart under the dashboard", .serialized,
    .enabled(if: PostgresCLI.server != nil, "PILOTDECK_TEST_POSTGRES is not set; start a server with eval \"$(.ci/postgres start)\""))
struct ServerRestartCLITests {
    @Test("while the server is down the status bar says reconnecting and the CLI fails in one line; the open form keeps its text and the dashboard reconnects when it is back")
    func restart() throws {
        let cli = try CLI()
        let cluster = try OwnCluster()
        defer { cluster.remove() }
        let url = cluster.url(database: "postgres")
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let tmux = try PostgresCLI.dashboardWithNewPilotForm(cli, url: url, typing: "STROKE-TRIAGE")

        try cluster.run("pause")
        try tmux.waitFor(text: "reconnecting…", seconds: 15)
        let down = try cli.run(["pilot", "list", "--db", url])
        #expect(down.status != 0 && MigrateFixture.isOneLine(down.stderr) && down.stderr.contains("cannot connect to PostgreSQL"), "\(down.stderr)")

        try cluster.run("resume")
        let back = try tmux.waitFor("the dashboard to reconnect", seconds: 20) { !$0.contains("reconnecting…") }
        #expect(back.contains("STROKE-TRIAGE"), "the form lost its text:\n\(back)")
        try tmux.keys("Escape")
        try tmux.waitFor(text: "Discard this form?")
        try tmux.keys("y")
        try tmux.waitFor("the form to close") { !$0.contains("New pilot") }
        try tmux.keys("q")
        #expect(try cli.run(["audit", "verify", "--db", url]).status == 0)
    }
}

/// A throwaway cluster started by `.ci/postgres`, which this test may stop and start.
struct OwnCluster {
    let folder: String
    let serverURL: String

    init() throws {
        let started = try Self.script(["start"])
        func exported(_ name: String) -> String? {
            started.split(separator: "\n").first { $0.hasPrefix("export \(name)=") }
                .map { String($0.dropFirst("export \(name)=".count)).replacingOccurrences(of: "\\", with: "") }
        }
        guard let folder = exported("PILOTDECK_POSTGRES_DIR"), let url = exported("PILOTDECK_TEST_POSTGRES") else {
            throw Failure(".ci/postgres start printed no cluster: \(started)")
        }
        self.folder = folder
        serverURL = url
    }

    func url(database: String) -> String { serverURL + "&dbname=\(database)" }

    /// `.ci/postgres pause` or `resume` on this cluster.
    func run(_ command: String) throws { _ = try Self.script([command, folder]) }

    func remove() { _ = try? Self.script(["stop", folder]) }

    /// Runs the script through `Shell`: the server it starts would hold a pipe open.
    @discardableResult
    private static func script(_ arguments: [String]) throws -> String {
        let (status, output) = Shell.run(["bash", PackageRoot.appending(".ci/postgres").path] + arguments)
        guard status == 0 else { throw Failure(".ci/postgres \(arguments.joined(separator: " ")) failed: \(status)") }
        return output
    }
}
