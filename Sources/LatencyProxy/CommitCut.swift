/// A connection cut at its write transaction's COMMIT, to show what a client does when the
/// network drops then: the proxy watches a connection that begins a write transaction (Pilotdeck's
/// `BEGIN ISOLATION LEVEL READ COMMITTED`; reads begin otherwise) and cuts it at its `COMMIT`.
public enum CommitCut: Sendable {
    /// The COMMIT never reaches the server, which rolls the transaction back.
    case beforeServer
    /// The server gets the COMMIT and commits; its answer never reaches the client, which cannot
    /// know the outcome.
    case afterServer
}
