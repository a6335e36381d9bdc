import Foundation

/// How many of one thing a report counts, e.g. feedback entries rated 4.
public struct Tally<Key: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var key: Key
    public var count: Int
}

extension Tally {
    /// One tally per key in the given order, zero where nothing was counted, so every report
    /// lists the same rows and charts keep their axes.
    static func counting(_ items: some Sequence<Key>, keys: [Key]) -> [Tally] {
        let counts = items.reduce(into: [Key: Int]()) { $0[$1, default: 0] += 1 }
        return keys.map { Tally(key: $0, count: counts[$0] ?? 0) }
    }
}
