import Foundation

/// The one thread a session's connection is used on while cursors read ahead
/// (`PostgresSession.readingAhead`): each cursor's next batch is fetched here while the caller
/// reads the current one, so the server produces rows as the client takes them instead of waiting
/// for each FETCH (libpq allows a connection one thread at a time; this queue is that thread).
final class PostgresFetcher: @unchecked Sendable {
    private let connection: PostgresConnection
    private let queue = DispatchQueue(label: "pilotdeck.postgres.fetch")

    init(_ connection: PostgresConnection) { self.connection = connection }

    /// A FETCH sent ahead; `wait()` answers its rows or throws its failure.
    final class Pending: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<PostgresRawRows, any Error>?

        fileprivate func finish(_ result: Result<PostgresRawRows, any Error>) {
            self.result = result
            done.signal()
        }

        func wait() throws -> PostgresRawRows {
            done.wait()
            done.signal()
            return try result!.get()
        }
    }

    /// Runs `sql` after everything sent before it, on this thread.
    func fetch(_ sql: String) -> Pending {
        let pending = Pending()
        queue.async { pending.finish(Result { try self.connection.rawRows(sql) }) }
        return pending
    }

    /// Runs `body` with the connection once everything sent before it has run.
    func sync<T>(_ body: () throws -> T) rethrows -> T { try queue.sync(execute: body) }
}
