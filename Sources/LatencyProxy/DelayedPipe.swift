import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Bytes read from one socket and written to another `delay` later, in order: a reader thread
/// stamps each chunk with when it is due, a writer thread sends it then.
final class DelayedPipe: @unchecked Sendable {
    enum Verdict { case forward, drop }

    private let from: Int32
    private let to: Int32
    private let delay: Duration
    private let condition = NSCondition()
    private var queue: [(due: ContinuousClock.Instant, bytes: [UInt8]?)] = []
    private var stopped = false
    private var muted = false
    /// Looks at each chunk before it is queued (the proxy's commit cut).
    var inspect: ([UInt8]) -> Verdict = { _ in .forward }
    /// Called once when either end closes.
    var onEnd: () -> Void = {}

    init(from: Int32, to: Int32, delay: Duration) {
        self.from = from
        self.to = to
        self.delay = delay
    }

    func start() {
        Thread.detachNewThread { [self] in read() }
        Thread.detachNewThread { [self] in write() }
    }

    /// Drops everything from now on.
    func mute() { condition.withLock { muted = true } }

    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    private func read() {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(from, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            let bytes = count > 0 ? Array(buffer[0..<count]) : nil
            if let bytes, inspect(bytes) == .drop { return }
            condition.withLock {
                queue.append((ContinuousClock.now + delay, bytes))
                condition.broadcast()
            }
            if bytes == nil { return }
        }
    }

    private func write() {
        defer { onEnd() }
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let (due, bytes) = queue.removeFirst()
            let silent = muted
            condition.unlock()
            let wait = due - ContinuousClock.now
            if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.attoseconds) / 1e18 + Double(wait.components.seconds)) }
            guard let bytes else {
                shutdown(to, Int32(SHUT_WR))
                return
            }
            if silent { continue }
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { Glibc.send(to, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { return }
                offset += sent
            }
        }
    }
}
