import Foundation

/// The storage engine behind a `PilotDatabase`: SQLite files (`SQLiteEngine`) or a PostgreSQL
/// server (`PostgresEngine`). Everything above it (the Ledger, the queries, `audit verify`) is
/// written once over its sessions; nothing outside PilotStore can tell which one is in use.
protocol StoreEngine: Sendable {
    /// The file's path or the server's URL, as messages name the database.
    var name: String { get }
    var isReadOnly: Bool { get }
    /// Runs `body` on one consistent snapshot.
    func read<T>(_ body: (any StoreSession) throws -> T) throws -> T
    /// Runs `body` as the one serialized, audited write transaction: no other audited write
    /// commits between its reading of the chain head and its commit. All or nothing.
    func write<T>(clock: Clock, osLogin: String, _ body: (any StoreSession, WriteStamp) throws -> T) throws -> T
    /// The login the engine vouches for: the OS login on SQLite; on PostgreSQL the role the
    /// server authenticated.
    func authenticatedLogin() throws -> String
    /// The engine's own integrity checks.
    func integrityCheck() throws -> [IntegrityCheck]
    func backup(to destination: String) throws
}
