import Foundation
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: damaged, foreign and protected files through the CLI", .serialized)
struct DatabaseFileTests {
    /// Runs a read and a write on `db`: each must fail with one line containing `expected`.
    /// Returns whether the file's bytes stayed as they were, with nothing created beside it.
    @discardableResult
    func refuses(_ cli: CLI, _ db: String, _ expected: String) throws -> Bool {
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        for arguments in [["pilot", "list", "--db", db], ["feedback", "add", "--db", db, "--pilot", "X", "--rating", "3", "--category", "workflow", "--text", "t"]] {
            let result = try cli.run(arguments)
            #expect(result.exited && result.status == 1, "\(arguments[0]): exit \(result.status)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains(expected), "\(result.stderr)")
        }
        return try Data(contentsOf: URL(fileURLWithPath: db)) == before && !FileManager.default.fileExists(atPath: db + "-wal")
    }

    @Test("a truncated database")
    func truncated() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let full = try Data(contentsOf: URL(fileURLWithPath: db))
        try full.prefix(full.count / 2).write(to: URL(fileURLWithPath: db))
        #expect(try refuses(cli, db, "truncated"))
    }

    @Test("a SQLite database of another application")
    func foreign() throws {
        let cli = try CLI()
        let db = cli.path("other.sqlite")
        try cli.sqlite(db, "PRAGMA application_id = 1234; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        #expect(try refuses(cli, db, "not a Pilotdeck database"))
    }

    @Test("a file that is not a database, and an empty one")
    func notADatabase() throws {
        let cli = try CLI()
        let text = cli.path("notes.txt")
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: text))
        #expect(try refuses(cli, text, "not a Pilotdeck database"))
        let empty = cli.path("empty.sqlite")
        try Data().write(to: URL(fileURLWithPath: empty))
        #expect(try refuses(cli, empty, "not a Pilotdeck database"))
    }

    @Test("a database written by a newer Pilotdeck")
    func newerSchema() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        try cli.sqlite(db, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future');")
        #expect(try refuses(cli, db, "newer Pilotdeck"))
    }

    @Test("a missing folder: one line, nothing created")
    func missingFolder() throws {
        let cli = try CLI()
        let db = cli.path("nowhere/pilotdeck.sqlite")
        for arguments in [["pilot", "list", "--db", db], ["init", "--db", db, "--org-domain", "riverbend.example"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 1 && result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("does not exist"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("nowhere")))
    }

    @Test("a read-only file opens for reading; a write is refused in one line and changes nothing")
    func readOnly() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: cli.directory.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        // Root ignores file modes, so the commands run as an unprivileged user when the test is root.
        let asUser = getuid() == 0 ? ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", CLI.binary.path] : [CLI.binary.path]
        let list = try cli.runCommand(asUser + ["pilot", "list", "--db", db])
        #expect(list.succeeded, "\(list.stderr)")
        #expect(list.stderr.split(separator: "\n").count == 1 && list.stderr.contains("read-only"), "no notice: \(list.stderr)")
        #expect(list.stdout.contains(try SeededDemo.summary.readyPilot))
        let verify = try cli.runCommand(asUser + ["audit", "verify", "--db", db])
        #expect(verify.succeeded, "\(verify.stderr)")
        let write = try cli.runCommand(asUser + [
            "feedback", "add", "--db", db, "--as", Identity.osLogin(), "--pilot", try SeededDemo.summary.readyPilot,
            "--rating", "3", "--category", "workflow", "--text", "refused",
        ])
        #expect(write.exited && write.status == 1)
        let lines = write.stderr.split(separator: "\n")
        #expect(lines.count <= 2 && lines.allSatisfy { $0.contains("read-only") }, "notice and refusal only: \(write.stderr)")
        #expect(lines.last?.contains("nothing was changed") == true, "\(write.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }
}
