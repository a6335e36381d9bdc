import Foundation

/// A started process whose output is collected while it runs, so a full pipe never blocks it.
final class Running: @unchecked Sendable {
    let process: Process
    private let out = Pipe()
    private let err = Pipe()
    private let lock = NSLock()
    private var collected: [Data] = [Data(), Data()]
    private let drained = DispatchGroup()

    init(_ process: Process, stdin: Data) throws {
        self.process = process
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        for (index, pipe) in [out, err].enumerated() {
            drained.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                self.lock.withLock { self.collected[index] = data }
                self.drained.leave()
            }
        }
        DispatchQueue.global().async {
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
    }

    var pid: Int32 { process.processIdentifier }

    func wait() -> Pilotdeck.Result {
        process.waitUntilExit()
        drained.wait()
        return lock.withLock {
            Pilotdeck.Result(
                status: process.terminationStatus, exited: process.terminationReason == .exit, stdout: collected[0],
                stderr: collected[1])
        }
    }
}
