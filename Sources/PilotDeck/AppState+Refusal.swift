import TerminalKit

extension AppState {
    /// Says in the status line why `key` cannot `action`; when the action opens something to type
    /// into, also holds the keys that follow (see `Refusal`).
    mutating func refuse(_ key: String, _ action: DeckAction, because reason: String) {
        say("\(key): \(reason)", error: true)
        guard action.takesTyping else { return }
        let help = DeckKeymap.keymap(for: context).binding(for: action)?.help ?? key
        overlay = .refusal(Refusal(key: key, action: help, reason: reason))
    }

    /// A key no binding of this screen lists.
    mutating func sayUnbound(_ event: KeyEvent) {
        say("\(event): not a key here; ? lists the keys")
    }

    /// While a refusal holds the keys: Esc lets go, anything else is dropped and counted.
    mutating func holdKeys(_ event: KeyEvent, _ refusal: Refusal) {
        if event == .escape {
            overlay = nil
            return
        }
        var held = refusal
        if case .mouse = event {} else { held.ignored += 1 }
        overlay = .refusal(held)
    }
}
