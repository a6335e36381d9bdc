import Foundation
import PilotStore

/// The demo's "now". The timeline moves it to each step's moment before the step runs, so every
/// audit entry is dated where the story puts it rather than when the seeder happened to run.
final class DemoClock: @unchecked Sendable {
    // @unchecked: `current` is only touched under `lock`.
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date) { current = start }

    var now: Date { lock.withLock { current } }

    func move(to date: Date) { lock.withLock { current = date } }

    /// The Ledger's view of this clock.
    var clock: Clock { Clock { self.now } }
}
