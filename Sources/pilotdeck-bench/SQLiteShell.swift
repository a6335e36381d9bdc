import Foundation

/// The `sqlite3` command-line shell, the reference the store's queries are compared with.
enum SQLiteShell {
    static let executable = "/usr/bin/sqlite3"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    /// Wall time of the shell running `statements` read-only over `path`, minus the time of the
    /// shell starting and stopping with nothing to do: the median over `runs` of each full run
    /// less the idle run right after it, so a slow start-up spoils one pair, not the figure.
    static func time(_ statements: [String], path: String, runs: Int = 5) throws -> Duration {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-bench-\(UUID().uuidString).sql")
        let empty = script.appendingPathExtension("empty")
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(at: empty)
        }
        try Data(statements.map { $0.hasSuffix(";") ? $0 : $0 + ";" }.joined(separator: "\n").utf8).write(to: script)
        try Data().write(to: empty)
        var differences: [Duration] = []
        for _ in 0..<runs {
            let full = try Stopwatch.time { try run(script, path: path) }.1
            let idle = try Stopwatch.time { try run(empty, path: path) }.1
            differences.append(full - idle)
        }
        return max(Stopwatch.percentile(differences, 0.5), .zero)
    }

    private static func run(_ script: URL, path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-readonly", "-batch", path]
        process.standardInput = try FileHandle(forReadingFrom: script)
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 || !message.isEmpty {
            throw BenchError("sqlite3: \(message.split(separator: "\n").first ?? "exit \(process.terminationStatus)")")
        }
    }
}
