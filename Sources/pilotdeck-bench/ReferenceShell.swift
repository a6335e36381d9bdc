import Foundation

/// A database's own command-line client running a script of statements as a process, what it
/// prints thrown away: the reference the store's reads are compared with (`sqlite3` for a file,
/// `psql` for a server).
struct ReferenceShell {
    let executable: String
    /// The arguments before the script, which goes on standard input.
    let arguments: [String]
    /// How a statement is written in the script.
    let statement: (String) -> String

    static let sqlite3Executable = "/usr/bin/sqlite3"

    /// The `sqlite3` shell, read-only over `path`.
    static func sqlite3(path: String) -> ReferenceShell {
        ReferenceShell(executable: sqlite3Executable, arguments: ["-readonly", "-batch", path]) { $0.hasSuffix(";") ? $0 : $0 + ";" }
    }

    /// `psql` connected to `url`, each statement's rows sent by `COPY … TO STDOUT`, PostgreSQL's
    /// fastest way to hand rows to a client.
    static func psql(url: String) -> ReferenceShell {
        let executable = ["/usr/lib/postgresql/15/bin/psql", "/usr/bin/psql"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "psql"
        return ReferenceShell(executable: executable, arguments: ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url]) { "COPY (\($0)) TO STDOUT;" }
    }

    /// Wall time of the client running `statements`, minus the time of the client starting and
    /// stopping with nothing to do: the median over `runs` of each full run less the idle run
    /// right after it, so a slow start-up spoils one pair, not the figure.
    func time(_ statements: [String], runs: Int = 5) throws -> Duration {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-bench-\(UUID().uuidString).sql")
        let empty = script.appendingPathExtension("empty")
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(at: empty)
        }
        try Data(statements.map(statement).joined(separator: "\n").utf8).write(to: script)
        try Data().write(to: empty)
        var differences: [Duration] = []
        for _ in 0..<runs {
            let full = try Stopwatch.time { try run(script) }.1
            let idle = try Stopwatch.time { try run(empty) }.1
            differences.append(full - idle)
        }
        return max(Stopwatch.percentile(differences, 0.5), .zero)
    }

    private func run(_ script: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: script)
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 || !message.isEmpty {
            let name = URL(fileURLWithPath: executable).lastPathComponent
            throw BenchError("\(name): \(message.split(separator: "\n").first ?? "exit \(process.terminationStatus)")")
        }
    }
}
