import Foundation

/// Runs the built `pilotdeck` binary as a user would, in a scratch folder.
struct CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The debug binary `swift build` leaves; the README's test command builds it first.
    static let binary: URL = {
        let candidates = [".build/debug/pilotdeck", ".build/x86_64-unknown-linux-gnu/debug/pilotdeck"]
        return candidates.map { packageRoot.appendingPathComponent($0) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? packageRoot.appendingPathComponent(candidates[0])
    }()

    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = directory.path
        env["PILOTDECK_DB"] = nil
        env["PILOTDECK_PLAYBOOKS"] = Self.packageRoot.appendingPathComponent("Pilots").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // The pipes live until the process has ended: one released early (after a read cut short)
        // would close its end, and the child's next line would kill it with SIGPIPE.
        return withExtendedLifetime((out, err)) {
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                stderr: String(decoding: stderr, as: UTF8.self))
        }
    }

    /// A seeded demo database in this folder.
    func demo() throws -> String {
        let db = path("demo.sqlite")
        let result = try run(["demo", "--db", db, "--seed-only"])
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return db
    }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else { throw CLIFailure(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    let result: CLI.Result
    var description: String { "exit \(result.status): \(result.stderr)\(result.stdout)" }
}
