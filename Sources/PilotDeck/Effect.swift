/// Work the update asks the runtime to do: reads and writes through the store, exports.
public enum Effect: Sendable {
    /// Read the data of the screen on show.
    case load(Route)
    /// Write a submitted form through the Ledger.
    case submit(FormSession)
    case verifyAudit
    case pageAudit(offset: Int)
    /// Withdraw the user's own feedback through the Ledger.
    case withdrawFeedback(id: Int64)
}
