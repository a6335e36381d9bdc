import Foundation

/// Work handed to other threads while the caller goes on reading SQLite, so that both cores work
/// on one read transaction. At most `limit` items wait or run at a time, which bounds the memory
/// of what was read ahead; results come back in the order the work was given.
final class AuditWorkers<Output: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var outputs: [Int: Result<Output, any Error>] = [:]
    private var submitted = 0

    init(limit: Int) { slots = DispatchSemaphore(value: limit) }

    /// Runs `work` on another thread once a slot is free.
    func submit(_ work: @escaping @Sendable () throws -> Output) {
        slots.wait()
        let number = submitted
        submitted += 1
        DispatchQueue.global(qos: .userInitiated).async(group: group) {
            let output = Result(catching: work)
            self.lock.withLock { self.outputs[number] = output }
            self.slots.signal()
        }
    }

    /// Waits for every item; the first error, in submission order, is thrown.
    func results() throws -> [Output] {
        group.wait()
        return try lock.withLock { try (0..<submitted).map { try outputs[$0]!.get() } }
    }

    /// Waits for every item, for a caller that stops early and must not leave work running.
    func wait() { group.wait() }
}
