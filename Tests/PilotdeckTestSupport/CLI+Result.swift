import Foundation

extension CLI {
    /// How a run ended and what it wrote: bytes for tests of what the bytes are, text for the rest.
    public struct Result: Sendable {
        public var status: Int32
        /// False when a signal ended the process: a crash, or a test's `kill -9`.
        public var exited: Bool
        public var stdoutBytes: Data
        public var stderrBytes: Data

        public var stdout: String { String(decoding: stdoutBytes, as: UTF8.self) }
        public var stderr: String { String(decoding: stderrBytes, as: UTF8.self) }
        public var succeeded: Bool { exited && status == 0 }
    }
}
