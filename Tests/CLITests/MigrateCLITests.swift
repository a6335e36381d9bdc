import Foundation
import PilotDemo
import PilotdeckTestSupport
import Testing

/// `pilotdeck migrate` from a SQLite file into an empty database on the test server, as an
/// operator runs it: the move itself, what it refuses, and runs stopped part way.
@Suite(
    "migrate a file onto PostgreSQL", .serialized,
    .enabled(if: PostgresCLI.server != nil, "PILOTDECK_TEST_POSTGRES is not set; start a server with eval \"$(.ci/postgres start)\""))
struct MigrateCLITests {
    @Test("the demo moves whole: the same pilots and head on both sides, the old anchor verifies there, and the sealed file refuses writes and a second move")
    func demoRoundTrip() throws {
        let cli = try CLI()
        let file = try cli.demo()
        let target = try PostgresCLI.scratchDatabase()
        let anchor = try cli.run(["audit", "anchor", "--db", file]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let dryRun = try cli.run(["migrate", "--from", file, "--to", target, "--dry-run"])
        #expect(dryRun.status == 0 && dryRun.stdout.contains("dry run: rolled back"), "\(dryRun.stderr)")
        #expect(try PostgresCLI.query(target, "SELECT count(*) FROM audit") == "0")
        #expect(try MigrateFixture.seal(of: file, cli) == "")

        let moved = try cli.run(["migrate", "--from", file, "--to", target])
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.hasSuffix("head \(anchor)\n"), "\(moved.stdout)")
        let entries = try PostgresCLI.query(target, "SELECT count(*) FROM audit")
        #expect(moved.stdout.contains("  audit            \(entries) rows"), "\(moved.stdout)")

        let there = try cli.run(["pilot", "list", "--json", "--db", target])
        let here = try cli.run(["pilot", "list", "--json", "--db", file])
        #expect(there.status == 0 && here.status == 0 && there.stdout == here.stdout)
        #expect(try cli.run(["audit", "anchor", "--db", target]).stdout == anchor + "\n")
        let verified = try cli.run(["audit", "verify", "--db", target, "--anchor", anchor])
        #expect(verified.status == 0 && verified.stdout.hasPrefix("intact: \(entries) entries, head \(anchor)"), "\(verified.stdout)")
        // The seal is the file's own last entry, and the file still verifies with it.
        let fileVerified = try cli.run(["audit", "verify", "--db", file, "--anchor", anchor])
        #expect(fileVerified.status == 0, "\(fileVerified.stdout)")
        #expect(try MigrateFixture.seal(of: file, cli) == target)

        let write = try cli.run([
            "incident", "open", "--db", file, "--pilot", "DSUM-HM", "--severity", "low", "--kind", "other", "--summary", "Printer jam",
        ])
        #expect(write.status != 0 && MigrateFixture.isOneLine(write.stderr) && write.stderr.contains("was moved to \(target)"), "\(write.stderr)")
        #expect(try cli.run(["gate", "--db", file, "--pilot", "DSUM-HM"]).status == 0, "reads still work")
        let again = try cli.run(["migrate", "--from", file, "--to", try PostgresCLI.scratchDatabase()])
        #expect(again.status != 0 && MigrateFixture.isOneLine(again.stderr) && again.stderr.contains("was moved to \(target)"), "\(again.stderr)")
    }

    @Test("a target that holds data, a broken file, a non-owner role and a file where a URL belongs are each refused in one line, changing nothing")
    func refusals() throws {
        let cli = try CLI()
        let file = try cli.demo()
        let full = try PostgresCLI.scratchDatabase()
        #expect(try cli.run(["demo", "--seed-only", "--db", full]).status == 0)
        try PostgresCLI.psql(full, "UPDATE pilot SET name = 'Renamed on the server' WHERE key = 'DSUM-HM'")
        let notEmpty = try cli.run(["migrate", "--from", file, "--to", full])
        #expect(notEmpty.status != 0 && MigrateFixture.isOneLine(notEmpty.stderr) && notEmpty.stderr.contains("is not empty"), "\(notEmpty.stderr)")

        let empty = try PostgresCLI.scratchDatabase()
        let user = "mover_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCLI.psql(empty, "CREATE ROLE \(user) LOGIN; GRANT ALL ON SCHEMA public TO \(user)")
        #expect(try cli.run(["migrate", "--from", file, "--to", empty, "--dry-run"]).status == 0)
        // As an application role may: reading every table, owning none.
        try PostgresCLI.psql(empty, "GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(user)")
        let notOwner = try cli.run(["migrate", "--from", file, "--to", empty + "&user=\(user)"])
        #expect(notOwner.status != 0 && MigrateFixture.isOneLine(notOwner.stderr) && notOwner.stderr.contains("does not own"), "\(notOwner.stderr)")

        _ = try cli.sqlite(file, "DROP TRIGGER audit_no_update; UPDATE audit SET person_login = 'someone-else' WHERE seq = 40")
        let broken = try cli.run(["migrate", "--from", file, "--to", empty])
        #expect(broken.status != 0 && MigrateFixture.isOneLine(broken.stderr) && broken.stderr.contains("BROKEN at entry 40"), "\(broken.stderr)")
        #expect(try PostgresCLI.query(empty, "SELECT count(*) FROM audit") == "0")
        #expect(try MigrateFixture.seal(of: file, cli) == "")

        let swapped = try cli.run(["migrate", "--from", empty, "--to", file])
        #expect(swapped.status != 0 && MigrateFixture.isOneLine(swapped.stderr) && swapped.stderr.hasPrefix("pilotdeck: --from:"), "\(swapped.stderr)")
    }

    @Test("a mid-size hospital killed with SIGKILL at random points of its move, and cut off by the server, can always be moved again")
    func interrupted() throws {
        let cli = try CLI()
        let file = try SeededDemo.copy(into: cli, name: "medium.sqlite", scale: .medium)
        let head = try cli.run(["audit", "anchor", "--db", file]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        var target = try PostgresCLI.scratchDatabase()
        var random = SystemRandomNumberGenerator()
        for checkpoint in ["verified the file", "  measurement", "verifying the copy"].shuffled(using: &random) {
            let run = try MigrateFixture.start(file: file, target: target, cli)
            try run.waitFor(output: checkpoint)
            Thread.sleep(forTimeInterval: Double.random(in: 0...0.05, using: &random))
            kill(run.process.processIdentifier, SIGKILL)
            run.process.waitUntilExit()
            // Killed after the server's COMMIT: the next run would only seal, so the rest of the
            // points are tried on a new database (the last run below seals this one's file).
            if try MigrateFixture.expectRerunnable(file: file, target: target, head: head, cli, after: "SIGKILL after '\(checkpoint)'") {
                target = try PostgresCLI.scratchDatabase()
            }
        }

        let cut = try MigrateFixture.start(file: file, target: target, cli)
        try cut.waitFor(output: "  feedback")
        try PostgresCLI.psql(
            target,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(PostgresCLI.name(of: target))' AND pid <> pg_backend_pid()")
        let ended = try cut.wait()
        if ended.status != 0 {
            let stderr = ended.stderr
            #expect(MigrateFixture.isOneLine(stderr) && stderr.contains("lost the connection"), "\(stderr)")
        }
        #expect(try !MigrateFixture.expectRerunnable(file: file, target: target, head: head, cli, after: "the server cut the connection"))

        let moved = try cli.run(["migrate", "--from", file, "--to", target])
        #expect(moved.status == 0 && moved.stdout.hasSuffix("head \(head)\n"), "\(moved.stderr)\(moved.stdout)")
        let verified = try cli.run(["audit", "verify", "--db", target, "--anchor", head])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(try MigrateFixture.seal(of: file, cli) == target)
    }
}

/// Runs in the background, and what a stopped run must leave behind.
enum MigrateFixture {
    static func isOneLine(_ text: String) -> Bool { text.hasSuffix("\n") && text.dropLast().split(separator: "\n").count == 1 }

    /// Where the file says it was moved to; empty while it is in use.
    static func seal(of file: String, _ cli: CLI) throws -> String {
        try cli.sqliteValue(file, "SELECT value FROM setting WHERE key = 'moved-to'")
    }

    /// A migrate running in the background, its output readable as it runs.
    static func start(file: String, target: String, _ cli: CLI) throws -> Running {
        try cli.start(["migrate", "--from", file, "--to", target])
    }

    /// A stopped run leaves the file unsealed and the server either empty or, when it was stopped
    /// after the server's COMMIT, holding exactly the file's chain (then true): the next run seals.
    @discardableResult
    static func expectRerunnable(file: String, target: String, head: String, _ cli: CLI, after what: String) throws -> Bool {
        #expect(try seal(of: file, cli) == "", "the file was sealed after \(what)")
        #expect(try cli.run(["audit", "anchor", "--db", file]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == head)
        let entries = try PostgresCLI.query(target, "SELECT count(*) FROM audit")
        guard entries != "0" else { return false }
        #expect(try cli.run(["audit", "anchor", "--db", target]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == head, "after \(what)")
        return true
    }
}
