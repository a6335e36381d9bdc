import Foundation

/// A Pilotdeck database on a PostgreSQL server: a few libpq connections, each used by one thread
/// at a time, kept for the next read or write. Every audited write locks the chain's head row
/// first (`PostgresChainHead`), so writers on any number of hosts append one linear chain, dated
/// by the server's clock and signed by the role the server authenticated.
final class PostgresEngine: StoreEngine, @unchecked Sendable {
    let location: PostgresLocation
    let lockTimeout: TimeInterval
    let roundTrips = RoundTripCounter()
    /// Tells the person what the engine did on their behalf (a save confirmed after a lost connection).
    let notice: @Sendable (String) -> Void
    /// Connections not in use; guarded by `lock`.
    private var idle: [PostgresConnection] = []
    private let lock = NSLock()

    var name: String { location.description }
    var isReadOnly: Bool { false }

    /// Connects once, to fail early and plainly, and brings the schema up to date: an empty
    /// database is migrated only when asked to create one.
    init(
        _ location: PostgresLocation, mode: PilotDatabase.OpenMode, lockTimeout: TimeInterval,
        notice: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.location = location
        self.lockTimeout = lockTimeout
        self.notice = notice
        let connection = try PostgresConnection(location, roundTrips: roundTrips)
        let state = try PostgresSchema.state(connection)
        switch state {
        case .empty where mode == .existing:
            throw StoreError.cannotOpen("\(location) holds no Pilotdeck database yet; create it with pilotdeck init --db URL")
        case .current:
            break
        case .empty:
            try PostgresSchema.migrate(connection, lockTimeout: lockTimeout)
        case .behind:
            // Only the owner role may apply them; anyone else is told who can.
            do {
                try PostgresSchema.migrate(connection, lockTimeout: lockTimeout)
            } catch let error as StoreError {
                if try PostgresSchema.isOwner(connection) { throw error }
                throw StoreError.cannotOpen(
                    "\(location) needs this Pilotdeck's newer schema, which only its owner role may apply: run any pilotdeck command once as that role (\(error))")
            }
        }
        idle.append(connection)
    }

    func read<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try withConnection { connection in try connection.readTransaction { try body(PostgresSession(connection)) } }
    }

    /// READ COMMITTED, the head row locked before anything is read: whatever committed while
    /// this writer waited for the lock is what its checks and its entries see.
    ///
    /// A COMMIT whose answer the network lost is looked up before anything else happens: the
    /// entry this transaction chained onto the head it locked is in the log, or it is not.
    func write<T>(clock: Clock, osLogin: String, _ body: (any StoreSession, WriteStamp) throws -> T) throws -> T {
        try withConnection { connection in
            let session = PostgresSession(connection)
            var head: PostgresChainHead?
            let landed = { () throws -> Bool? in
                guard let head, let entry = session.firstAuditHash else { return nil }
                let found = try PostgresConnection(self.location, roundTrips: self.roundTrips).execute("SELECT hash FROM audit WHERE prev_hash = $1", parameters: [head.hash])
                let applied = found.first?.first == entry
                if applied { self.notice("the connection to \(self.location) was lost while saving; the audit log, read again, has the write: it was saved once") }
                return applied
            }
            return try connection.writeTransaction(lockTimeout: lockTimeout, landed: landed) {
                let locked = try PostgresChainHead.lock(connection)
                head = locked
                let result = try body(
                    session, WriteStamp(now: clock.now, at: locked.date, osLogin: locked.role, head: (locked.seq, locked.hash)))
                try session.flush()
                // Delivered with the commit, to every open dashboard's change feed.
                try connection.execute("NOTIFY \(PilotDatabase.changeChannel)")
                return result
            }
        }
    }

    func authenticatedLogin() throws -> String {
        try withConnection { connection in try connection.execute("SELECT session_user")[0][0] ?? "" }
    }

    /// The server checks its own pages and enforces references; what is left to look at is an
    /// index left invalid by an interrupted build.
    func integrityCheck() throws -> [IntegrityCheck] {
        let invalid = try withConnection { connection in
            try connection.execute(
                """
                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE NOT i.indisvalid AND c.relnamespace = current_schema()::regnamespace ORDER BY 1
                """
            ).compactMap { $0[0] }
        }
        return [IntegrityCheck(name: "indexes", problems: invalid.map { "index \($0) is invalid: rebuild it with REINDEX INDEX \($0)" })]
    }

    func backup(to destination: String) throws {
        throw StoreError.refused(
            "\(location) is a PostgreSQL database: back it up with pg_dump, or continuous archiving (PITR); see docs/postgresql.md")
    }

    /// Runs `body` on an idle connection or a new one; a connection still sound afterwards is
    /// kept for the next caller, a broken one is closed.
    /// A connection that went down takes the idle ones with it: what cut one (a restart, an
    /// administrator) most likely cut them all, and each would otherwise fail the next reads
    /// one by one, each a "reconnecting" the dashboard only retries at its next look.
    /// An idle connection found closed when taken is dropped with the others for a new one: nothing
    /// was sent on it yet.
    func withConnection<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        var pooled = lock.withLock { idle.popLast() }
        if let found = pooled, !found.isReadyForTransaction() {
            lock.withLock { idle.removeAll() }
            pooled = nil
        }
        let connection = try pooled ?? PostgresConnection(location, roundTrips: roundTrips)
        defer {
            if connection.isReusable {
                lock.withLock { idle.append(connection) }
            } else if !connection.isUp {
                lock.withLock { idle.removeAll() }
            }
        }
        return try body(connection)
    }
}
