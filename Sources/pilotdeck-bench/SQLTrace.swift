import Foundation
import GRDB
import PilotStore

/// Records the queries a piece of work sends to SQLite, with their arguments inlined, so the
/// `sqlite3` shell can run exactly the same queries for comparison. Transaction statements are
/// left out: the shell runs each query in its own.
final class SQLTrace: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    /// Runs `body` on a fresh connection to `path` whose reads are traced. Reads made one after
    /// another reuse the pool's one reader connection, which carries the trace.
    static func record(path: String, _ body: (PilotDatabase) throws -> Void) throws -> [String] {
        let trace = SQLTrace()
        let database = try PilotDatabase(path: path)
        try database.sqliteRead { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { trace.append(statement.expandedSQL) }
            }
        }
        try body(database)
        try database.sqliteRead { db in db.trace(options: .statement, nil) }
        return trace.lock.withLock { trace.statements }
    }

    private func append(_ sql: String) {
        let keyword = sql.prefix(6).uppercased()
        guard keyword == "SELECT" || keyword.hasPrefix("WITH") else { return }
        lock.withLock { statements.append(sql) }
    }
}
