import Foundation
import PilotdeckTestSupport
import Testing

extension CLI {
    /// Runs `pilotdeck ARGUMENTS` with standard output on /dev/full, where every write fails.
    func runIntoFullDevice(_ arguments: [String]) throws -> Result {
        try runCommand(["sh", "-c", "exec \"$0\" \"$@\" >/dev/full", Self.binary.path] + arguments)
    }
}

@Suite("CLI: writing reports and output")
struct ReportOutputCLITests {
    @Test("--output refuses a folder, a symlink, a FIFO and a device in one line and writes nothing through them")
    func oddTargets() throws {
        let demo = try DemoCopy()
        let real = demo.cli.path("real.md")
        try "kept\n".write(toFile: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: demo.cli.path("link.md"), withDestinationPath: real)
        try FileManager.default.createDirectory(atPath: demo.cli.path("folder"), withIntermediateDirectories: false)
        #expect(mkfifo(demo.cli.path("fifo.md"), 0o600) == 0)
        for (target, says) in [
            ("link.md", "is a symbolic link"), ("folder", "is a folder"), ("fifo.md", "not a regular file"), ("/dev/null", "not a regular file"),
        ] {
            let result = try demo.run(["report", "--all", "--format", "md", "--output", target, "--force"])
            #expect(result.status == 1 && result.stderr.split(separator: "\n").count == 1, "\(target): \(result.stderr)")
            #expect(result.stderr.contains("output: ") && result.stderr.contains(says), "\(target): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "kept\n")
    }

    @Test("an existing file is replaced only with --force, keeping its mode; a new file is created")
    func replace() throws {
        let demo = try DemoCopy()
        let path = demo.cli.path("portfolio.md")
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(chmod(path, 0o640) == 0)
        let refused = try demo.run(["report", "--all", "--output", path])
        #expect(refused.status == 1 && refused.stderr.contains("exists; give --force"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        let forced = try demo.run(["report", "--all", "--output", path, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# "))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        let fresh = try demo.run(["report", "--pilot", demo.seeded.readyPilot, "--output", demo.cli.path("new.json")])
        #expect(fresh.status == 0 && FileManager.default.fileExists(atPath: demo.cli.path("new.json")), "\(fresh.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: demo.cli.directory.path).filter { $0.contains(".tmp") } == [])
    }

    @Test("a write error on standard output is one line and exit 1, never a crash or a silent 0", arguments: [
        ["report", "--all", "--output", "-"], ["report", "--all", "--format", "html", "--output", "-"], ["audit", "log"],
        ["audit", "log", "--json", "--limit", "100000"], ["pilot", "list"], ["feedback", "list", "--pilot", "1"], ["gate", "--pilot", "1"],
    ])
    func fullStandardOutput(command: [String]) throws {
        let demo = try DemoCopy()
        let result = try demo.cli.runIntoFullDevice(command + ["--db", demo.db])
        #expect(result.exited, "\(command) crashed: \(result.stderr.prefix(300))")
        #expect(result.status == 1, "\(command): exit \(result.status)")
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("cannot write to standard output"), "\(command): \(result.stderr)")
    }
}
