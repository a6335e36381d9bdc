import Foundation
import PilotdeckTestSupport

/// A `sqlite3` shell holding the write lock (`BEGIN IMMEDIATE`) until released.
final class LockHolder {
    private let process = Process()
    private let input = Pipe()

    /// Returns once the shell has the lock, as seen by a second shell that may not wait for it.
    init(_ db: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db]
        process.standardInput = input
        // Not inherited by processes started later (a tmux server would keep the shell's input
        // open, and the lock held, after `release`).
        _ = fcntl(input.fileHandleForWriting.fileDescriptor, F_SETFD, FD_CLOEXEC)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\n".utf8))
        let deadline = Date().addingTimeInterval(10)
        while try Self.canLock(db) {
            if Date() > deadline { throw Failure("sqlite3 never took the write lock") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    static func canLock(_ db: String) throws -> Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        probe.arguments = ["-cmd", ".timeout 0", db, "BEGIN IMMEDIATE; ROLLBACK;"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit { release() }
}
