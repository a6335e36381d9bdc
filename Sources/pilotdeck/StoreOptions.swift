import ArgumentParser
import Foundation
import PilotKit
import PilotStore

/// `--db` and `--as`, shared by every subcommand that touches a database.
struct StoreOptions: ParsableArguments {
    @Option(help: "Database file or postgresql:// URL (default: $PILOTDECK_DB, else $XDG_DATA_HOME/pilotdeck/pilotdeck.sqlite).")
    var db: String?

    @Option(name: .customLong("as"), help: "Act as this login (demo and training databases only).")
    var actAs: String?

    /// The database path after applying the environment defaults.
    var path: String { db ?? Self.environmentPath ?? Self.dataDirectory() + "/pilotdeck.sqlite" }

    var location: DatabaseLocation { DatabaseLocation(path: path, actAs: actAs) }

    /// Whether the path is the one under the data directory, which Pilotdeck may create.
    var isDefaultPath: Bool { db == nil && Self.environmentPath == nil }

    /// `$PILOTDECK_DB` when set and not empty.
    static var environmentPath: String? {
        ProcessInfo.processInfo.environment["PILOTDECK_DB"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func dataDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.local/share")
        return base + "/pilotdeck"
    }

    func removeDatabaseFiles() { location.removeFiles() }

    func open(mode: PilotDatabase.OpenMode = .existing) throws -> PilotDatabase { try location.open(mode: mode) }

    func ledger() throws -> Ledger { try location.ledger() }
}

/// A database file and who acts on it, however the path was given.
struct DatabaseLocation {
    var path: String
    var actAs: String?

    /// Deletes the database and its WAL files; only for files this process just created or a
    /// demo database being rebuilt. A PostgreSQL database is never removed.
    func removeFiles() {
        guard case .file = try? StoreLocation(path) else { return }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Opens the file; a file this user cannot write opens read-only, with a notice on stderr.
    func open(mode: PilotDatabase.OpenMode = .existing, busyTimeout: TimeInterval = PilotDatabase.defaultBusyTimeout) throws -> PilotDatabase {
        let database = try PilotDatabase(path: path, mode: mode, busyTimeout: busyTimeout) { Output.error("note: \($0)") }
        if database.isReadOnly { Output.error("note: \(path) is read-only for you; opened without changes") }
        return database
    }

    /// The database and a Ledger acting as the OS login (or `--as` on a demo database).
    func ledger() throws -> Ledger {
        try Ledger.open(open(), actingAs: actAs)
    }
}

/// `--json` for list and show commands.
struct JSONOption: ParsableArguments {
    @Flag(help: "Print JSON instead of a table.")
    var json = false
}
