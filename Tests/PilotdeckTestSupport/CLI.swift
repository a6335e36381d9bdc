import Foundation

/// The built `pilotdeck` binary, run as a user would in a scratch folder of its own: arguments as
/// strings or, through `/bin/sh`, raw bytes; output kept as bytes and read as text.
public struct CLI: Sendable {
    /// The `pilotdeck` built beside this test bundle (any scratch path), else the one `swift build` leaves.
    public static let binary: URL = {
        let besideTests = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("pilotdeck")
        let candidates = [besideTests] + [".build/debug/pilotdeck", ".build/x86_64-unknown-linux-gnu/debug/pilotdeck"]
            .map { PackageRoot.appending($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    public let directory: URL

    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// What every run sees: this folder as its data folder, no database from the caller's
    /// environment, and the shipped playbooks.
    public var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = directory.path
        environment["PILOTDECK_DB"] = nil
        environment["PILOTDECK_PLAYBOOKS"] = PackageRoot.playbooks.path
        return environment
    }

    /// Starts `pilotdeck ARGUMENTS` without waiting, with `extra` added to its environment.
    public func start(_ arguments: [String], stdin: Data = Data(), environment extra: [String: String] = [:]) throws -> Running {
        try Running(Self.binary, arguments, in: directory, environment: environment.merging(extra) { $1 }, stdin: stdin)
    }

    /// Runs `pilotdeck ARGUMENTS` to the end.
    @discardableResult
    public func run(_ arguments: [String], stdin: Data = Data(), environment extra: [String: String] = [:]) throws -> Result {
        try start(arguments, stdin: stdin, environment: extra).wait()
    }

    @discardableResult
    public func run(_ arguments: [String], stdin: String, environment extra: [String: String] = [:]) throws -> Result {
        try run(arguments, stdin: Data(stdin.utf8), environment: extra)
    }

    /// Runs `pilotdeck ARGUMENTS BYTES` through `/bin/sh`, the last argument written by `printf`, so
    /// it can hold bytes that are not UTF-8 (NUL aside, which no argument can hold).
    public func run(_ arguments: [String], byteArgument: [UInt8]) throws -> Result {
        let escaped = byteArgument.map { String(format: "\\%03o", $0) }.joined()
        return try runCommand(["sh", "-c", Shell.line([Self.binary.path] + arguments) + " \"$(printf '\(escaped)')\""])
    }

    /// Runs any command (`command[0]` found on the PATH) in this folder with this environment.
    public func runCommand(_ command: [String], stdin: Data = Data()) throws -> Result {
        try Running(URL(fileURLWithPath: "/usr/bin/env"), command, in: directory, environment: environment, stdin: stdin).wait()
    }

    /// A demo database seeded by `pilotdeck demo` in this folder.
    public func demo() throws -> String {
        let db = path("demo.sqlite")
        let result = try run(["demo", "--db", db, "--seed-only"])
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return db
    }

    /// The JSON `pilotdeck ARGUMENTS` prints; throws when it fails.
    public func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
