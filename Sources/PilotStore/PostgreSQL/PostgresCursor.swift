/// A server-side cursor of one read transaction, fetched `PostgresSession.inPlaceBatch` rows a
/// round trip and read in place (`PostgresColumns`): how `audit verify` goes through millions of
/// rows without holding them. Several may be open at once on one session, stepped in turn; with a
/// `PostgresFetcher` each keeps its next batch on the way. The transaction's end closes any left open.
final class PostgresCursor: RowStepper {
    private let connection: PostgresConnection
    private let fetcher: PostgresFetcher?
    private let name: String
    private var rows: PostgresRawRows?
    private var row: Int32 = 0
    private var ahead: PostgresFetcher.Pending?
    private var exhausted = false

    init(_ connection: PostgresConnection, name: String, fetcher: PostgresFetcher?) {
        self.connection = connection
        self.name = name
        self.fetcher = fetcher
        ahead = fetcher?.fetch(fetchSQL)
    }

    private var fetchSQL: String { "FETCH \(PostgresSession.inPlaceBatch) FROM \(name)" }

    var columns: PostgresColumns { rows!.columns(row) }

    func step() throws -> Bool {
        if let rows, row + 1 < rows.count {
            row += 1
            return true
        }
        guard !exhausted else { return false }
        let batch = try ahead?.wait() ?? connection.rawRows(fetchSQL)
        exhausted = batch.count < PostgresSession.inPlaceBatch
        ahead = exhausted ? nil : fetcher?.fetch(fetchSQL)
        rows = batch
        row = 0
        return batch.count > 0
    }

    func close() {
        rows = nil
        ahead = nil
        exhausted = true
        if let fetcher {
            fetcher.sync { _ = try? connection.execute("CLOSE \(name)") }
        } else {
            _ = try? connection.execute("CLOSE \(name)")
        }
    }
}
