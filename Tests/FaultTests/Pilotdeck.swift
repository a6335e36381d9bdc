import Foundation

/// The built `pilotdeck` binary, run as a user would in a scratch folder: arguments as raw bytes
/// where a test needs bytes Swift strings cannot hold.
struct Pilotdeck: Sendable {
    struct Result {
        var status: Int32
        /// False when a signal ended the process: a crash, or a test's `kill -9`.
        var exited: Bool
        var stdout: Data
        var stderr: Data

        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
        var succeeded: Bool { exited && status == 0 }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `pilotdeck` built beside this test bundle (any scratch path), else the one `swift build` leaves.
    static let binary: URL = {
        let besideTests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("pilotdeck")
        let candidates = [besideTests] + [".build/debug/pilotdeck", ".build/x86_64-unknown-linux-gnu/debug/pilotdeck"]
            .map { packageRoot.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = directory.path
        env["PILOTDECK_DB"] = nil
        env["PILOTDECK_PLAYBOOKS"] = Self.packageRoot.appendingPathComponent("Pilots").path
        return env
    }

    /// Starts `pilotdeck ARGUMENTS` without waiting; `stdin` is written and closed.
    func start(_ arguments: [String], stdin: Data = Data()) throws -> Running {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        return try Running(process, stdin: stdin)
    }

    /// Runs `pilotdeck ARGUMENTS` to the end.
    @discardableResult
    func run(_ arguments: [String], stdin: Data = Data()) throws -> Result {
        try start(arguments, stdin: stdin).wait()
    }

    /// Runs `pilotdeck ARGUMENTS BYTES` through `/bin/sh`, the last argument written by `printf`, so
    /// it can hold bytes that are not UTF-8 (NUL aside, which no argument can hold).
    func run(_ arguments: [String], byteArgument: [UInt8]) throws -> Result {
        let escaped = byteArgument.map { String(format: "\\%03o", $0) }.joined()
        let quoted = ([Self.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", quoted.joined(separator: " ") + " \"$(printf '\(escaped)')\""]
        process.currentDirectoryURL = directory
        process.environment = environment
        return try Running(process, stdin: Data()).wait()
    }

    /// Runs any command (`command[0]` found on the PATH) in the scratch folder with this environment.
    func runCommand(_ command: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = directory
        process.environment = environment
        return try Running(process, stdin: Data()).wait()
    }

    /// Runs the `sqlite3` shell on `db` with `sql` as its script; returns its output.
    @discardableResult
    func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = ["-bail", db]
        let result = try Running(process, stdin: Data(sql.utf8)).wait()
        guard result.succeeded else { throw Failure("sqlite3 \(sql): \(result.err)") }
        return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func count(_ db: String, _ table: String) throws -> Int { Int(try sqlite(db, "SELECT COUNT(*) FROM \(table)")) ?? -1 }
}
