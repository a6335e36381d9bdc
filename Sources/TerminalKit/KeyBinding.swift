/// One row of a keymap: the keys, the action they trigger, and the words that describe it.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    public var keys: [KeyEvent]
    public var action: Action
    /// One or two words for the status bar ("open", "quit").
    public var hint: String
    /// A sentence for the help overlay.
    public var help: String
    /// The help overlay section this binding is listed under.
    public var group: String
    /// Whether the status bar offers this binding.
    public var showInStatusBar: Bool
    /// Why the binding cannot act where it is pressed, when it cannot. Kept with the binding so
    /// the status bar and help (which leave it out) and the refusal (which shows it) read one
    /// decision.
    public var disabledReason: String?

    /// `help` defaults to `hint`.
    public init(
        _ keys: [KeyEvent],
        _ action: Action,
        hint: String,
        help: String? = nil,
        group: String = "General",
        showInStatusBar: Bool = true
    ) {
        self.keys = keys
        self.action = action
        self.hint = hint
        self.help = help ?? hint
        self.group = group
        self.showInStatusBar = showInStatusBar
    }

    /// The keys in hint notation, joined by "/": "j/↓".
    public var keyLabel: String {
        keys.map(\.description).joined(separator: "/")
    }
}
