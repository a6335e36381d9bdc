import Foundation
import PilotKit
import PilotStore

/// Computes portfolio insights on a background thread, a chunk at a time, so moving through
/// hundreds of pilots never waits for their gate evidence: rows without an insight yet show a
/// placeholder until the next chunk lands. A new request (the data changed) supersedes the old.
final class InsightPrefetcher: @unchecked Sendable {
    private let database: PilotDatabase
    private let lock = NSLock()
    private var generation = 0
    private var ready: [Int64: PilotInsight] = [:]
    private var running = 0

    /// Pilots per read: small enough that the first rows land within a frame or two.
    static let chunk = 24

    init(database: PilotDatabase) {
        self.database = database
    }

    /// Starts computing the insights of `pilots`, in order, dropping any earlier request.
    func start(_ pilots: [Pilot], today: Day) {
        let current = lock.withLock {
            generation += 1
            ready = [:]
            running += 1
            return generation
        }
        let database = database
        Thread.detachNewThread { [self] in
            defer { lock.withLock { running -= 1 } }
            for start in stride(from: 0, to: pilots.count, by: Self.chunk) {
                guard lock.withLock({ generation == current }) else { return }
                let batch = Array(pilots[start..<min(start + Self.chunk, pilots.count)])
                guard let insights = try? DeckLoader.insights(of: batch, database: database, today: today) else { return }
                lock.withLock {
                    if generation == current { ready.merge(insights) { _, new in new } }
                }
            }
        }
    }

    /// Drops the pending request and whatever it computed: the data it read is out of date.
    func cancel() {
        lock.withLock {
            generation += 1
            ready = [:]
        }
    }

    /// The insights computed since the last call.
    func take() -> [Int64: PilotInsight] {
        lock.withLock {
            defer { ready = [:] }
            return ready
        }
    }

    /// Whether a request is still computing or has results waiting to be taken.
    var isBusy: Bool { lock.withLock { running > 0 || !ready.isEmpty } }
}
