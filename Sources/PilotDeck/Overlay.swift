import Foundation
import PilotKit
import TerminalKit

/// What floats over the current screen and takes the keys first.
public enum Overlay: Sendable {
    case help(scroll: Int)
    case palette(Palette)
    case form(FormSession)
    case confirm(Confirmation)
    /// A whole text to read, scrolled with the arrows: an entry, a rationale, a risk.
    case reader(TextPanel)
    /// A refused key that opens something to type into: holds the keys until Esc.
    case refusal(Refusal)
}

/// A question whose yes does `action`.
public struct Confirmation: Sendable {
    public enum Action: Sendable, Equatable {
        case discardForm, quit
        /// Open an incident linked to the feedback just saved (safety or privacy concern).
        case openIncident(pilot: String, feedbackID: Int64)
        /// Export again over the existing file `form` names (its permissions are kept).
        case replaceExport
        /// Withdraw the user's own feedback.
        case withdrawFeedback(id: Int64)
    }
    public var title: String
    public var body: String
    public var action: Action
    /// The form to return to on "no".
    public var form: FormSession?
}
