import Foundation

/// Tells a long-running reader (the dashboard) that another process may have written, so it
/// asks the database only then. On PostgreSQL every audited commit sends a NOTIFY, which this
/// feed receives on a connection of its own (`PostgresChangeFeed`); a SQLite file has no such
/// signal, so its feed says "look" at every poll. Either way a reader also looks now and then
/// (`fallback`), as a NOTIFY can be lost with a dropped connection or behind a pooler.
public protocol ChangeFeed: AnyObject {
    /// Whether something may have changed since the last call; never waits.
    func hasChanges() -> Bool
    /// How long a reader may go without asking the database anyway.
    var fallback: Duration { get }
}

/// A file's feed: no signal, so every poll looks.
final class PollingFeed: ChangeFeed {
    func hasChanges() -> Bool { true }
    var fallback: Duration { .zero }
}

extension PilotDatabase {
    /// The channel every audited commit on PostgreSQL notifies.
    static let changeChannel = "pilotdeck_audit"

    /// A feed of this database's changes for a reader that stays open.
    public func changeFeed() -> any ChangeFeed {
        guard let postgres = engine as? PostgresEngine, let feed = try? PostgresChangeFeed(postgres.location, roundTrips: postgres.roundTrips) else { return PollingFeed() }
        return feed
    }
}
