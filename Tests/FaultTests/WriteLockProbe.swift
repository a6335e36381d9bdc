import Foundation
import GRDB

/// Asks SQLite, from a connection of its own that never waits, whether another connection holds
/// the write lock of `path`: the moment a writer's `BEGIN IMMEDIATE` succeeds until it commits or
/// rolls back. Tens of microseconds a probe, so short transactions are seen too.
final class WriteLockProbe {
    private let queue: DatabaseQueue

    init(_ path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .immediateError
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// Whether a write transaction is open elsewhere right now.
    func isHeld() throws -> Bool {
        do {
            try queue.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return false
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return true
        }
    }

    /// Polls until the lock is held, giving up when `running()` turns false; true when it was seen.
    func waitUntilHeld(while running: () -> Bool) throws -> Bool {
        while running() {
            if try isHeld() { return true }
            usleep(100)
        }
        return try isHeld()
    }

    /// Polls until the lock is free again.
    func waitUntilFree() throws {
        while try isHeld() { usleep(100) }
    }
}
