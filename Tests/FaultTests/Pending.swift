import Foundation

extension Thread {
    /// Runs `body` on its own thread; `value()` waits for it.
    static func detachNewThreadWithResult<T: Sendable>(_ body: @escaping @Sendable () throws -> T) -> Pending<T> {
        let pending = Pending<T>()
        Thread.detachNewThread { pending.finish(Result { try body() }) }
        return pending
    }
}

/// The result of work running on another thread.
final class Pending<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    func finish(_ result: Result<T, Error>) {
        self.result = result
        done.signal()
    }

    func value() throws -> T {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
