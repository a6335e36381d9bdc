import Foundation

/// What every audit entry of one write transaction carries, as its engine vouches for it: the
/// time and the login (the client's clock and OS login on SQLite; the server's clock and the
/// authenticated role on PostgreSQL), and the chain head when the engine read it under its lock.
/// `now` is the Ledger's clock, which dates the records themselves (a sign-off's time, a
/// feedback's), as on SQLite; the entry's `at` beside it is what an auditor trusts.
struct WriteStamp {
    let now: Date
    let at: Date
    let osLogin: String
    let head: (seq: Int64, hash: String)?
}
