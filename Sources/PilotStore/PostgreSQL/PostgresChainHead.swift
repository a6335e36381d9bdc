import Foundation
import GRDB

/// What the next audit entry chains from, read under the chain's lock: the newest entry's number
/// and hash, the server's clock and the role the server stamps on the entry. An entry hashed
/// from these is the one the server stores.
public struct PostgresChainHead: Equatable, Sendable {
    public let seq: Int64
    public let hash: String
    /// The server's clock, spelt as the audit table stores `at` (and GRDB stores a date).
    public let at: String
    /// `session_user`, which the audit table's trigger writes as the entry's login.
    public let role: String

    /// `at` as the `Date` an `AuditEntry` hashes, read by GRDB's own parser as on SQLite.
    public let date: Date

    /// Takes the chain's lock (`audit_head`, until the transaction ends) and then reads the head.
    /// Under READ COMMITTED the read after the wait sees every entry committed before the lock
    /// was granted; a snapshot taken before the wait would fork the chain. Waits at most the
    /// transaction's lock timeout, then fails as busy.
    public static func lock(_ connection: PostgresConnection) throws -> PostgresChainHead {
        precondition(connection.isInTransaction, "the chain's lock lasts a transaction: call this inside writeTransaction")
        guard try connection.execute("SELECT id FROM audit_head WHERE id = 1 FOR UPDATE").count == 1 else {
            throw StoreError.cannotOpen(
                "\(connection.location) has lost the audit chain's lock row (table audit_head); restore the database from a backup")
        }
        let row = try connection.execute(
            """
            SELECT newest.seq, newest.hash, session_user, pilotdeck_clock(clock_timestamp())
            FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1) AS newest ON true
            """)[0]
        guard let role = row[2], let at = row[3], let date = Date.fromDatabaseValue(at.databaseValue) else {
            throw StoreError.cannotOpen(
                "\(connection.location)'s clock function pilotdeck_clock is not Pilotdeck's; restore the database from a backup")
        }
        return PostgresChainHead(
            seq: row[0].flatMap { Int64($0) } ?? 0, hash: row[1] ?? AuditEntry.genesisHash, at: at, role: role, date: date)
    }
}
