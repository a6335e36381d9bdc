import Foundation

/// The source of "now" for the Ledger; tests and demo seeding pin it for deterministic output.
public struct Clock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    public static let system = Clock { Date() }

    public static func fixed(_ date: Date) -> Clock { Clock { date } }

    /// Now, truncated to whole milliseconds so values survive the database round trip exactly.
    public var now: Date {
        Date(timeIntervalSince1970: (read().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
