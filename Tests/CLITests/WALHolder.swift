import Foundation
import PilotdeckTestSupport

/// Keeps a `sqlite3` reader inside a read transaction on the database, so that what the CLI
/// commits stays in the WAL (neither checkpointed nor deleted when the CLI closes) until released.
final class WALHolder {
    private let process = Process()
    private let input = Pipe()

    init(db: String, marker: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [db]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN;\nSELECT COUNT(*) FROM feedback;\n.once \(marker)\nSELECT 'holding';\n".utf8))
        let deadline = Date().addingTimeInterval(15)
        while (try? String(contentsOfFile: marker, encoding: .utf8))?.contains("holding") != true {
            guard Date() < deadline, process.isRunning else { throw Failure("sqlite3 did not open \(db)") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    /// Ends the read transaction and closes the connection (the last one checkpoints the WAL).
    func release() throws {
        input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
