import Synchronization

/// The round trips an engine's connections have made: what a screen costs over a WAN, where
/// each one pays the network's delay. The bench and the tests hold screens to a budget of them.
public final class RoundTripCounter: Sendable {
    private let count = Atomic<Int>(0)

    public init() {}

    public var value: Int { count.load(ordering: .relaxed) }

    func add() { count.add(1, ordering: .relaxed) }
}
