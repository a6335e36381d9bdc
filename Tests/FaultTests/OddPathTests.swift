import Foundation
import PilotdeckTestSupport
import Testing

@Suite("Faults: odd database and backup paths")
struct OddPathTests {
    /// Ends by exiting, never a trap; a refusal is one line on stderr.
    func expectOneLineOrSuccess(_ result: CLI.Result, _ what: String) {
        #expect(result.exited, "\(what) crashed: \(result.stderr.prefix(300))")
        #expect([0, 1].contains(result.status), "\(what): exit \(result.status)")
        if result.status != 0 { #expect(result.stderr.split(separator: "\n").count == 1, "\(what): \(result.stderr.prefix(300))") }
    }

    @Test("every form of --db opens or is refused in one line: one character, folders, devices, a FIFO, a symlink, empty")
    func databasePaths() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        try FileManager.default.createDirectory(atPath: cli.path("folder"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: cli.path("link.sqlite"), withDestinationPath: db)
        #expect(mkfifo(cli.path("fifo"), 0o600) == 0)
        let refused: [(String, String)] = [
            ("x", "no database at x"), ("-", "no database at -"), (".", "is a folder"), ("..", "is a folder"), ("/", "is a folder"),
            ("folder", "is a folder"), ("folder/", "is a folder"), ("missing/x", "the folder missing does not exist"),
            ("/dev/null", "not a regular file"), ("fifo", "not a regular file"), ("", "path is empty"),
            ("demo.sqlite/", "no database at"),
        ]
        for (path, message) in refused {
            let result = try cli.run(["pilot", "list", "--db", path])
            expectOneLineOrSuccess(result, "--db '\(path)'")
            #expect(result.status == 1 && result.stderr.contains(message), "--db '\(path)': \(result.stderr)")
        }
        let linked = try cli.run(["pilot", "list", "--db", "link.sqlite"])
        #expect(linked.succeeded, "a symlink to a database opens: \(linked.stderr)")
        let one = try cli.run(["init", "--db", "y", "--org-domain", "riverbend.example"])
        #expect(one.succeeded, "a one-character path can be created: \(one.stderr)")
        #expect(try cli.run(["pilot", "list", "--db", "y"]).succeeded)
    }

    @Test("backup to '-', an empty name, an existing folder or a missing folder is refused in one line; a one-character name works")
    func backupPaths() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        for (path, message) in [("-", "not '-'"), ("", "not ''"), (".", "exists"), ("/dev/null", "exists"), ("missing/b", "the folder missing does not exist")] {
            let result = try cli.run(["backup", path, "--db", db])
            expectOneLineOrSuccess(result, "backup '\(path)'")
            #expect(result.status == 1 && result.stderr.contains(message), "backup '\(path)': \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.path("-")))
        let made = try cli.run(["backup", "b", "--db", db])
        #expect(made.succeeded, "\(made.stderr)")
        #expect(try cli.run(["check", "--db", "b"]).succeeded)
    }
}
