import Foundation

/// Statements a traced connection ran.
final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var sql: [String] = []
    var statements: [String] { lock.withLock { sql } }
    func append(_ statement: String) { lock.withLock { sql.append(statement) } }
    func reset() { lock.withLock { sql.removeAll() } }
}
