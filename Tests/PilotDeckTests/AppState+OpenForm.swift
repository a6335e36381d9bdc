@testable import PilotDeck

extension AppState {
    /// The form on screen, if the overlay is one.
    var openForm: FormSession? {
        if case .form(let session) = overlay { return session }
        return nil
    }
}
