import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing

/// The README's commands on a PostgreSQL database named by `$PILOTDECK_DB`, as an operator runs
/// them: a scratch database on the server `PILOTDECK_TEST_POSTGRES` names (`.ci/run` starts one).
@Suite(
    "CLI on PostgreSQL", .serialized,
    .enabled(if: PostgresCLI.server != nil, "PILOTDECK_TEST_POSTGRES is not set; start a server with eval \"$(.ci/postgres start)\""))
struct PostgresCLITests {
    @Test("demo, pilot list (SQLite's pilots), gate, decide, report, audit verify and check exit 0 on a postgresql:// URL")
    func commands() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        let env = ["PILOTDECK_DB": url]
        let seeded = try cli.run(["demo", "--seed-only"], environment: env)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        #expect(seeded.stdout.hasPrefix("seeded \(url)"))
        let onServer = try cli.run(["pilot", "list", "--json"], environment: env)
        let inFile = try cli.run(["pilot", "list", "--json", "--db", try cli.demo()])
        #expect(onServer.status == 0 && onServer.stdout == inFile.stdout)
        let gate = try cli.run(["gate", "--pilot", "DSUM-HM"], environment: env)
        #expect(gate.status == 0 && gate.stdout.contains("READY"), "\(gate.stdout)")
        let decide = try cli.run(["decide", "--pilot", "DSUM-HM", "--decision", "go", "--rationale", "Every interval met"], environment: env)
        #expect(decide.status == 0 && decide.stdout.contains("DSUM-HM is at expansion"), "\(decide.stderr)")
        let report = try cli.run(["report", "--pilot", "DSUM-HM", "--format", "html", "--output", cli.path("dsum.html")], environment: env)
        #expect(report.status == 0 && FileManager.default.fileExists(atPath: cli.path("dsum.html")), "\(report.stderr)")
        let verify = try cli.run(["audit", "verify"], environment: env)
        #expect(verify.status == 0 && verify.stdout.hasPrefix("intact:"), "\(verify.stdout)")
        let check = try cli.run(["check"], environment: env)
        #expect(check.status == 0, "\(check.stdout)")
        let backup = try cli.run(["backup", cli.path("copy.sqlite")], environment: env)
        #expect(backup.status != 0 && backup.stderr.contains("pg_dump") && backup.stderr.split(separator: "\n").count == 1)
        let again = try cli.run(["demo", "--seed-only", "--force"], environment: env)
        #expect(again.status != 0 && again.stderr.contains("cannot be emptied"), "\(again.stderr)")
    }

    @Test("a measurement edited on the server is named by audit verify, which then exits non-zero")
    func tamperedMeasurement() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        try PostgresCLI.psql(url, "UPDATE measurement SET value = value * 2 WHERE id = 7")
        let verify = try cli.run(["audit", "verify", "--db", url])
        #expect(verify.status != 0)
        #expect(verify.stdout.contains("TAMPERED measurement 7: row differs from its last audited state"), "\(verify.stdout)")
    }

    @Test("the dashboard opens on the server's database, moves between screens and quits to a clean shell")
    func dashboard() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let tmux = try Tmux.session(for: cli, environment: ["PILOTDECK_DB": url])
        var screen = try tmux.startDashboard()
        #expect(screen.contains("DSUM-HM") && screen.contains(PostgresCLI.name(of: url)), "\(screen)")
        try tmux.keys("Enter")
        screen = try tmux.waitFor(text: "Overview")
        try tmux.keys("Tab", "Tab")
        try tmux.waitFor(text: "METRIC")
        try tmux.keys("Escape", "5")
        try tmux.waitFor(text: "Pilotdeck · Audit")
        try tmux.keys("q")
        screen = try tmux.waitFor(text: "EXIT=0")
        #expect(!screen.contains("Error"))
    }
}

extension PostgresCLITests {
    @Test("four writer processes and an open dashboard on one database: every row lands in one linear chain, and no one sees busy")
    func fourWriters() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let before = try Int(PostgresCLI.query(url, "SELECT count(*) FROM audit"))!
        let tmux = try Tmux.session(for: cli, environment: ["PILOTDECK_DB": url])
        try tmux.startDashboard(then: "")
        let today = Day(Date()).description
        let writers = try (0..<4).map { writer in
            try PostgresCLI.start(
                "for i in $(seq 1 10); do '\(CLI.binary.path)' metric record --db '\(url)' --pilot DSUM-HM --metric summary-time"
                    + " --value 2\(writer).$i --n 10 --sd 3 --date \(today) >/dev/null || exit 1; done", in: cli)
        }
        var screens: [String] = []
        while writers.contains(where: \.isRunning) {
            screens.append(try tmux.screen())
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        #expect(try Int(PostgresCLI.query(url, "SELECT count(*) FROM audit"))! == before + 40)
        let verify = try cli.run(["audit", "verify", "--db", url])
        #expect(verify.status == 0 && verify.stdout.hasPrefix("intact: \(before + 40) entries"), "\(verify.stdout)")
        #expect(!screens.contains { $0.contains("busy") }, "the dashboard showed busy")
        try tmux.keys("q")
    }

    @Test("another process's write reaches an open dashboard within a second, by NOTIFY (its fallback poll waits ten)")
    func liveUpdate() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let tmux = try Tmux.session(for: cli, environment: ["PILOTDECK_DB": url])
        let before = try tmux.startDashboard(then: "")
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.hasPrefix("DSUM-HM ") }.map(String.init) ?? "" }
        #expect(row(before).contains("controlled"))
        let decided = try cli.run(["decide", "--db", url, "--pilot", "DSUM-HM", "--decision", "go", "--rationale", "Every interval met"])
        #expect(decided.status == 0, "\(decided.stderr)")
        let start = Date()
        let after = try tmux.waitFor("the portfolio to show the new stage", seconds: 5) { row($0).contains("expansion") }
        #expect(Date().timeIntervalSince(start) <= 1, "the dashboard took \(Date().timeIntervalSince(start)) s")
        #expect(row(after).contains("expansion"))
        try tmux.keys("q")
    }

    @Test("the dashboard's connections cut by the server while it stays up: it reads on new ones without a word, another writer's change shows, and the open form keeps its text")
    func reconnects() throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let tmux = try PostgresCLI.dashboardWithNewPilotForm(cli, url: url, typing: "SEPSIS-ALERT")
        let others = "FROM pg_stat_activity WHERE datname = '\(PostgresCLI.name(of: url))' AND pid <> pg_backend_pid()"
        try PostgresCLI.psql(PostgresCLI.server!, "SELECT pg_terminate_backend(pid) \(others)")
        let gone = Date().addingTimeInterval(10)
        while try PostgresCLI.query(PostgresCLI.server!, "SELECT count(*) \(others)") != "0", Date() < gone { Thread.sleep(forTimeInterval: 0.02) }
        let decided = try cli.run(["decide", "--db", url, "--pilot", "DSUM-HM", "--decision", "go", "--rationale", "Every interval met"])
        #expect(decided.status == 0, "\(decided.stderr)")
        let kept = try tmux.waitFor(text: "SEPSIS-ALERT")
        #expect(!kept.contains("reconnecting…"))
        try tmux.keys("Escape")
        try tmux.keys("Escape")
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.hasPrefix("DSUM-HM ") }.map(String.init) ?? "" }
        let after = try tmux.waitFor("the portfolio to show the new stage", seconds: 10) { row($0).contains("expansion") }
        #expect(!after.contains("reconnecting…"), "\(after)")
        try tmux.keys("q")
    }

    @Test("a client killed with SIGKILL during an import leaves all of it or none, and the chain intact", arguments: [0.05, 0.4, 1.5])
    func killedImport(after seconds: Double) throws {
        let cli = try CLI()
        let url = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", url]).status == 0)
        let rows = 5000
        let csv = "rating,category,text\n" + (0..<rows).map { "\($0 % 5 + 1),workflow,Draft \($0) saved time at the end of clinic" }.joined(separator: "\n")
        try csv.write(toFile: cli.path("feedback.csv"), atomically: true, encoding: .utf8)
        let before = try Int(PostgresCLI.query(url, "SELECT count(*) FROM feedback"))!
        let importer = try PostgresCLI.start(
            "exec '\(CLI.binary.path)' feedback import --db '\(url)' --pilot DSUM-HM feedback.csv", in: cli)
        Thread.sleep(forTimeInterval: seconds)
        kill(importer.processIdentifier, SIGKILL)
        importer.waitUntilExit()
        let after = try Int(PostgresCLI.query(url, "SELECT count(*) FROM feedback"))!
        #expect(after == before || after == before + rows, "\(after - before) of \(rows) rows landed")
        let verify = try cli.run(["audit", "verify", "--db", url])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}

/// Scratch databases on the test server, through `psql`.
enum PostgresCLI {
    static let server = ProcessInfo.processInfo.environment["PILOTDECK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    /// A new empty database; its URL is the server's with `dbname` set (libpq lets the later
    /// parameter win).
    static func scratchDatabase() throws -> String {
        let name = "pdcli_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try psql(server!, "CREATE DATABASE \(name)")
        return server! + (server!.contains("?") ? "&" : "?") + "dbname=\(name)"
    }

    static func name(of url: String) -> String { String(url.split(separator: "=").last!) }

    /// The dashboard on `url` with its new-pilot form open and `key` typed into it.
    static func dashboardWithNewPilotForm(_ cli: CLI, url: String, typing key: String) throws -> Tmux {
        let tmux = try Tmux.session(for: cli, environment: ["PILOTDECK_DB": url])
        try tmux.startDashboard(then: "")
        try tmux.keys("a")
        try tmux.waitFor(text: "New pilot")
        try tmux.literal(key)
        try tmux.waitFor(text: key)
        return tmux
    }

    /// The one value `sql` selects, as psql prints it unaligned.
    static func query(_ url: String, _ sql: String) throws -> String {
        let result = try Running(URL(fileURLWithPath: "/usr/bin/psql"), ["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql, url]).wait()
        guard result.status == 0 else { throw PSQLFailure(sql: sql, status: result.status) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts `script` under sh in the CLI's folder, with its environment, and returns at once.
    static func start(_ script: String, in cli: CLI) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = cli.directory
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = cli.directory.path
        environment["PILOTDECK_DB"] = nil
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `sql`, its output left unread.
    static func psql(_ url: String, _ sql: String) throws { _ = try query(url, sql) }
}

struct PSQLFailure: Error {
    let sql: String
    let status: Int32
}
