import PilotKit

extension AppState {
    /// The feedback under the cursor on a pilot's Feedback tab.
    var selectedFeedback: Feedback? {
        guard case .pilot = route, tab == .feedback else { return nil }
        return visibleFeedback[safe: cursor.selection]
    }

    /// Why `w` cannot withdraw the selected feedback, or nil: only its author may.
    var withdrawalRefusal: String? {
        guard let item = selectedFeedback else { return "select feedback you logged, on a pilot's Feedback tab" }
        guard item.authorLogin == session.user.login else {
            return "feedback #\(item.id ?? 0) was logged by \(item.authorLogin); only its author may withdraw it"
        }
        return nil
    }

    /// Asks first: a withdrawn text does not come back into view.
    mutating func confirmWithdrawal() {
        guard let item = selectedFeedback, let id = item.id else { return }
        overlay = .confirm(Confirmation(
            title: "Withdraw feedback #\(id)?",
            body: "Its text leaves the pilot's view, reports and exports, and it no longer counts in any figure; "
                + "the audit log keeps its history. Withdraw it? (y/n)",
            action: .withdrawFeedback(id: id)))
    }
}
