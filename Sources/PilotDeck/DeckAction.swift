import TerminalKit

/// A named intent. Keys map to these through the keymap, which also drives hints and help.
public enum DeckAction: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom, halfPageUp, halfPageDown
    case open, back, nextTab, previousTab, left, right
    case help, filter, nextMatch, previousMatch, palette, quit
    case sort, toggleBoard, refresh, verifyChain
    case goPortfolio, goTools, goPeople, goOversight, goAudit, goAlerts
    case newItem, logFeedback, export, signOff, decide
    case checklist, withdrawFeedback

    /// Opens something to type into: when such a key cannot act, what the user types next must
    /// not run as commands.
    var takesTyping: Bool {
        switch self {
        case .newItem, .logFeedback, .export, .signOff, .decide, .filter, .palette: true
        default: false
        }
    }
}

/// The contexts a key can mean something in; each has its own keymap layered over the global one.
public enum KeyContext: Hashable, Sendable {
    case list, pilot
}
