import Foundation

/// Runs a process to completion with its output discarded; fails on a non-zero exit.
enum Subprocess {
    static func run(_ executable: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw BenchError("\(executable.lastPathComponent) \(arguments.prefix(2).joined(separator: " ")) exited \(process.terminationStatus)")
        }
    }
}
