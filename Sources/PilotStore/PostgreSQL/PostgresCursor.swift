import GRDB

/// A server-side cursor of one read transaction, fetched `PostgresSession.inPlaceBatch` rows a
/// round trip and read in place (`PostgresColumns`): how `audit verify` goes through millions of
/// rows without holding them. Several may be open at once on one session, stepped in turn; with a
/// `PostgresFetcher` each keeps its next batch on the way. The transaction's end closes any left open.
final class PostgresCursor: RowStepper {
    private let connection: PostgresConnection
    private let fetcher: PostgresFetcher?
    private let name: String
    private var rows: PostgresRawRows?
    private var index: Int32 = 0
    private var ahead: PostgresFetcher.Pending?
    private var exhausted = false

    init(_ connection: PostgresConnection, name: String, fetcher: PostgresFetcher?) {
        self.connection = connection
        self.name = name
        self.fetcher = fetcher
        ahead = fetcher?.fetch(fetchSQL)
    }

    private var fetchSQL: String { "FETCH \(PostgresSession.inPlaceBatch) FROM \(name)" }

    var columns: PostgresColumns { rows!.columns(index) }

    func row() -> Row { columns.decodable() }

    func step() throws -> Bool {
        if let rows, index + 1 < rows.count {
            index += 1
            return true
        }
        guard !exhausted else { return false }
        let batch = try ahead?.wait() ?? connection.rawRows(fetchSQL)
        exhausted = batch.count < PostgresSession.inPlaceBatch
        ahead = exhausted ? nil : fetcher?.fetch(fetchSQL)
        rows = batch
        index = 0
        return batch.count > 0
    }

    func close() {
        rows = nil
        ahead = nil
        exhausted = true
        let close = { _ = try? self.connection.execute("CLOSE \(self.name)") }
        fetcher.map { $0.sync(close) } ?? close()
    }
}
