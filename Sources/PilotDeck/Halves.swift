import Foundation

/// Work split in two halves done at once, for reads that mostly wait: on PostgreSQL each half
/// is one server process's aggregation, and on two cores each takes one.
enum Halves {
    /// `work` on each half of `items` (on all of them when there are fewer than `minimum`), the
    /// results in order; the first error thrown, if any.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], minimum: Int, _ work: @escaping @Sendable ([Item]) throws -> Result
    ) throws -> [Result] {
        guard items.count >= minimum else { return [try work(items)] }
        let middle = items.count / 2
        let halves = [Array(items[..<middle]), Array(items[middle...])]
        let results = Collected<Result>(count: halves.count)
        DispatchQueue.concurrentPerform(iterations: halves.count) { index in
            results.set(index, Swift.Result { try work(halves[index]) })
        }
        return try results.values()
    }

    /// Results set from several threads, each into its own slot.
    private final class Collected<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Swift.Result<Value, any Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Swift.Result<Value, any Error>) { lock.withLock { slots[index] = result } }

        func values() throws -> [Value] { try lock.withLock { slots }.map { try $0!.get() } }
    }
}
