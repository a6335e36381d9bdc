import PilotKit
import PilotStore

extension DeckRuntime {
    /// Withdraws the user's own feedback, then rereads the screen without it.
    func withdrawFeedback(_ id: Int64, _ state: inout AppState) throws {
        guard let ledger else { throw StoreError.readOnly(database.displayName) }
        try ledger.withdrawFeedback(id: id)
        state.say("withdrew feedback #\(id): its text is gone from the pilot's view, reports and exports; the audit log keeps its history")
        run([.load(state.route)], on: &state)
    }
}
