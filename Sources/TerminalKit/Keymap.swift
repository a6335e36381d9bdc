/// An ordered list of key bindings: dispatch, status-bar hints and help all come from it, so they
/// cannot drift apart.
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action of the first binding that lists `key`.
    public func action(for key: KeyEvent) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The first binding that lists `key`, enabled or not.
    public func binding(forKey key: KeyEvent) -> KeyBinding<Action>? {
        bindings.first { $0.keys.contains(key) }
    }

    /// Each binding with the reason `reason` gives for its action, nil where it can act.
    public func disabling(_ reason: (Action) -> String?) -> Keymap {
        Keymap(bindings.map { binding in
            var binding = binding
            binding.disabledReason = reason(binding.action)
            return binding
        })
    }

    /// The bindings that can act: what the status bar and help offer.
    public var enabled: Keymap {
        Keymap(bindings.filter { $0.disabledReason == nil })
    }

    /// The first binding for `action`.
    public func binding(for action: Action) -> KeyBinding<Action>? {
        bindings.first { $0.action == action }
    }

    /// This keymap's bindings first, then `other`'s: a screen's keymap layered over the global one.
    public func layered(over other: Keymap) -> Keymap {
        Keymap(bindings + other.bindings)
    }

    /// Keys listed by more than one binding, in first-seen order (the later bindings never fire).
    public var conflicts: [KeyEvent] {
        var seen: Set<KeyEvent> = []
        var reported: Set<KeyEvent> = []
        var result: [KeyEvent] = []
        for key in bindings.flatMap(\.keys) {
            if !seen.insert(key).inserted && reported.insert(key).inserted {
                result.append(key)
            }
        }
        return result
    }

    // MARK: - Status bar and help

    /// Every hint the status bar may show (enabled bindings), in binding order.
    public var statusHints: [StatusHint] {
        bindings.filter { $0.showInStatusBar && $0.disabledReason == nil }.map { StatusHint(keys: $0.keyLabel, hint: $0.hint) }
    }

    /// The leading status hints that fit in `maxWidth` columns.
    public func statusHints(maxWidth: Int) -> [StatusHint] {
        StatusHint.fitting(statusHints, maxWidth: maxWidth)
    }

    /// Enabled bindings grouped by `group`, groups in order of first appearance.
    public var helpSections: [HelpSection] {
        var sections: [HelpSection] = []
        for binding in bindings where binding.disabledReason == nil {
            let entry = HelpSection.Entry(keys: binding.keyLabel, text: binding.help)
            if let index = sections.firstIndex(where: { $0.title == binding.group }) {
                sections[index].entries.append(entry)
            } else {
                sections.append(HelpSection(title: binding.group, entries: [entry]))
            }
        }
        return sections
    }
}
