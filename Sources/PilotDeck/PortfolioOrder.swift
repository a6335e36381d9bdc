import Foundation
import PilotKit
import Synchronization

/// The portfolio's filtered and sorted rows, remembered until what they depend on changes.
/// Views and key handling ask for them several times per keystroke, and sorting hundreds of
/// pilots by readiness each time is not free (BENCHMARKS.md, "Why the fast paths").
final class PortfolioOrder: @unchecked Sendable {
    /// What the rows depend on. Stamps come from one process-wide counter, so two copies of a
    /// state that changed differently never share a stamp.
    struct Inputs: Equatable {
        var pilots: Int
        var insights: Int
        var filter: String
        var sort: PortfolioSort
        var mineOnly: Bool
    }

    private static let counter = Atomic<Int>(0)
    private let lock = NSLock()
    private var remembered: (Inputs, [Pilot])?

    /// A stamp no earlier change has used.
    static func stamp() -> Int { counter.add(1, ordering: .relaxed).newValue }

    func rows(for inputs: Inputs, _ compute: () -> [Pilot]) -> [Pilot] {
        if let remembered = lock.withLock({ remembered }), remembered.0 == inputs { return remembered.1 }
        let rows = compute()
        lock.withLock { remembered = (inputs, rows) }
        return rows
    }
}
