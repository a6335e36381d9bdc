import Foundation
import GRDB
import PilotKit

/// An open Pilotdeck database: a SQLite file (the embedded default) or a PostgreSQL database
/// named by a `postgresql://` URL. Reads go through the queries of its extensions; every write
/// goes through a `Ledger`. Which engine holds it is known here and in `Engine/` only.
public final class PilotDatabase: Sendable {
    /// `PRAGMA application_id` of every Pilotdeck database file ("PDK1"), and the advisory
    /// lock PostgreSQL migrations take turns on.
    public static let applicationID: Int32 = 0x5044_4B31
    public static let defaultBusyTimeout: TimeInterval = 5

    /// The file's path or the server's URL (which never holds a password).
    public let path: String
    public let isReadOnly: Bool
    let engine: any StoreEngine

    /// How to treat a missing database.
    public enum OpenMode: Sendable {
        /// The file must exist and be a Pilotdeck database; a PostgreSQL database must hold
        /// Pilotdeck's schema.
        case existing
        /// Create the file (0600) when it does not exist; migrate an empty PostgreSQL database.
        case create
    }

    /// `notice` hears what the store did on the person's behalf, to be shown to them: a save
    /// found to have landed after the connection was lost during its COMMIT.
    public init(
        path: String, mode: OpenMode = .existing, busyTimeout: TimeInterval = defaultBusyTimeout,
        notice: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        if path.isEmpty { throw StoreError.cannotOpen("the database path is empty; give --db PATH") }
        switch try StoreLocation(path) {
        case .file(let file): engine = try SQLiteEngine(path: file, mode: mode, busyTimeout: busyTimeout)
        case .postgres(let location): engine = try PostgresEngine(location, mode: mode, lockTimeout: busyTimeout, notice: notice)
        }
        self.path = engine.name
        isReadOnly = engine.isReadOnly
    }

    /// The database as a status line names it: the file's name, or the PostgreSQL database's.
    public var displayName: String {
        (engine as? PostgresEngine)?.location.databaseName ?? (path as NSString).lastPathComponent
    }

    /// Round trips to the server so far on PostgreSQL (what a WAN multiplies); nil for a file.
    public var roundTrips: Int? { (engine as? PostgresEngine)?.roundTrips.value }

    /// The login this database knows the user by: the OS login for a file; on PostgreSQL the
    /// role the server authenticated, which every audit entry is stamped with.
    public func authenticatedLogin() throws -> String { try engine.authenticatedLogin() }

    /// Reads one consistent snapshot.
    func read<T>(_ body: (any StoreSession) throws -> T) throws -> T { try engine.read(body) }

    /// The SQLite file's GRDB connection, for the bench's traces and baselines and for tests
    /// that reach under the store; on PostgreSQL a one-line refusal.
    public func sqliteRead<T>(_ body: (Database) throws -> T) throws -> T {
        guard let sqlite = engine as? SQLiteEngine else {
            throw StoreError.refused("\(path) is a PostgreSQL database; this needs a SQLite file")
        }
        return try sqlite.sqliteRead(body)
    }

    /// The SQLite file's writer, for tests that damage or reconfigure the file.
    var writer: any DatabaseWriter { (engine as! SQLiteEngine).writer }
}
