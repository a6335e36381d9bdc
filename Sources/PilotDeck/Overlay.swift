import Foundation
import PilotKit
import TerminalKit

/// What floats over the current screen and takes the keys first.
public enum Overlay: Sendable {
    case help(scroll: Int)
    case palette(Palette)
    case form(FormSession)
    case confirm(Confirmation)
    case notice(title: String, body: String)
}

/// A question whose yes does `action`.
public struct Confirmation: Sendable {
    public enum Action: Sendable, Equatable {
        case discardForm, quit
        /// Open an incident linked to the feedback just saved (safety or privacy concern).
        case openIncident(pilot: String, feedbackID: Int64)
        /// Export again over the existing file `form` names (its permissions are kept).
        case replaceExport
    }
    public var title: String
    public var body: String
    public var action: Action
    /// The form to return to on "no".
    public var form: FormSession?
}

/// The `:` command line with completion.
public struct Palette: Sendable {
    public var input = TextField("", placeholder: "pilot KEY, tools, people, oversight, audit, export, verify, quit")
    public var selection = 0

    /// The commands the palette knows, with what each takes.
    static let commands = ["pilot", "portfolio", "tools", "people", "oversight", "audit", "export", "verify", "feedback", "help", "quit"]

    /// Completions for the current input: commands, then pilot keys after "pilot ".
    func completions(pilotKeys: [String]) -> [String] {
        let text = input.value.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.count == 2 || (text.hasSuffix(" ") && !parts.isEmpty) {
            let command = parts[0]
            let argument = parts.count == 2 ? parts[1] : ""
            guard ["pilot", "export", "feedback"].contains(command) else { return [] }
            return pilotKeys.filter { $0.lowercased().hasPrefix(argument) }.map { "\(command) \($0)" }
        }
        return Self.commands.filter { $0.hasPrefix(text) }
    }
}
