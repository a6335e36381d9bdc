import Foundation

/// A started process whose output is collected while it runs, so a full pipe never blocks it.
/// The pipes are read, never files handed to `Process` (its `run` crashed on a closed descriptor
/// under parallel tests), and live as long as this object: one released early would close its
/// end, and the child's next write would kill it with SIGPIPE.
public final class Running: @unchecked Sendable {
    public let process: Process
    private let out = Pipe()
    private let err = Pipe()
    private let lock = NSLock()
    private var collected: [Data] = [Data(), Data()]
    private var readFailure: Int32?
    private let drained = DispatchGroup()

    /// Starts `executable` with `arguments` (in `directory` and with `environment` when given);
    /// `stdin` is written and closed.
    public init(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil, stdin: Data = Data()
    ) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = out
        process.standardError = err
        try process.run()
        for (index, pipe) in [out, err].enumerated() {
            drained.enter()
            DispatchQueue.global().async {
                self.collect(pipe.fileHandleForReading.fileDescriptor, into: index)
                self.drained.leave()
            }
        }
        DispatchQueue.global().async {
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
    }

    public var pid: Int32 { process.processIdentifier }

    /// Reads `descriptor` to its end as the bytes come. With read(2) rather than `FileHandle`,
    /// whose reads trap on an error: a failed read fails the test that waits, not the whole run.
    private func collect(_ descriptor: Int32, into index: Int) {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 {
                lock.withLock { collected[index].append(contentsOf: buffer[..<count]) }
            } else if count < 0, errno == EINTR {
                continue
            } else {
                let failure = count < 0 ? errno : nil
                if let failure { lock.withLock { readFailure = failure } }
                return
            }
        }
    }

    /// Polls standard output until it holds `text`; throws when the process ends or `seconds` pass first.
    public func waitFor(output text: String, seconds: Double = 60) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline, !printed(text) { Thread.sleep(forTimeInterval: 0.005) }
        if !process.isRunning { drained.wait() }
        guard printed(text) else {
            throw Failure("never printed '\(text)': \(lock.withLock { String(decoding: collected[1], as: UTF8.self) })")
        }
    }

    private func printed(_ text: String) -> Bool { lock.withLock { String(decoding: collected[0], as: UTF8.self).contains(text) } }

    /// Waits for the process to end and its output to be read whole.
    public func wait() throws -> CLI.Result {
        process.waitUntilExit()
        drained.wait()
        return try lock.withLock {
            if let readFailure {
                throw Failure("reading the output of \(process.executableURL?.path ?? "a process") failed: \(String(cString: strerror(readFailure)))")
            }
            return CLI.Result(
                status: process.terminationStatus, exited: process.terminationReason == .exit, stdoutBytes: collected[0],
                stderrBytes: collected[1])
        }
    }
}
