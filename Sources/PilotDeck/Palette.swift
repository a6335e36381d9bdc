import TerminalKit

/// The `:` command line with completion. It offers only what this user may run (`AppState.offeredPalette`).
public struct Palette: Sendable {
    public var input = TextField("", placeholder: "pilot KEY, tools, people, oversight, audit, alerts, export, verify, quit")
    public var selection = 0
    /// What the user typed before Tab, while Tab and Shift-Tab cycle its completions through the
    /// input; nil once they type again.
    var stem: String?
    /// The commands offered.
    var commands: [String]
    /// For each offered command that names a pilot, the pilots it may name.
    var targets: [String: [String]]

    /// Every command the palette knows.
    static let commands = ["pilot", "portfolio", "tools", "people", "oversight", "audit", "alerts", "export", "verify", "feedback", "help", "quit"]

    init(commands: [String] = Self.commands, targets: [String: [String]] = [:]) {
        self.commands = commands
        self.targets = targets
    }

    /// Completions for what the user typed: commands, then the pilots a command may name after it.
    func completions() -> [String] {
        let typed = stem ?? input.value
        let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.count == 2 || (typed.hasSuffix(" ") && !parts.isEmpty) {
            let command = parts[0]
            let argument = parts.count == 2 ? parts[1] : ""
            return (targets[command] ?? []).filter { $0.lowercased().hasPrefix(argument) }.map { "\(command) \($0)" }
        }
        return commands.filter { $0.hasPrefix(text) }
    }

    /// Tab (`by: 1`) and Shift-Tab (`by: -1`): a single completion is taken (with a space when the
    /// command names a pilot); between several, the input cycles through every one, in order.
    mutating func cycle(by step: Int) {
        let choices = completions()
        guard !choices.isEmpty else { return }
        if choices.count == 1 {
            input = TextField(choices[0] + (targets[choices[0]] == nil ? "" : " "))
            stem = nil
            selection = 0
            return
        }
        selection = stem == nil ? (step > 0 ? 0 : choices.count - 1) : (selection + step + choices.count) % choices.count
        stem = stem ?? input.value
        input = TextField(choices[selection])
    }
}
