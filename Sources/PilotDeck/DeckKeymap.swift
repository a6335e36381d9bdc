import TerminalKit

/// The single source of key meanings: dispatch, status-bar hints and the `?` overlay all read it.
public enum DeckKeymap {
    typealias Binding = KeyBinding<DeckAction>

    static let navigation: [Binding] = [
        Binding([.up, .char("k")], .up, hint: "up", help: "Move up", group: "Navigate", showInStatusBar: false),
        Binding([.down, .char("j")], .down, hint: "down", help: "Move down", group: "Navigate", showInStatusBar: false),
        Binding([.char("g"), .home], .top, hint: "top", help: "First row", group: "Navigate", showInStatusBar: false),
        Binding([.char("G"), .end], .bottom, hint: "bottom", help: "Last row", group: "Navigate", showInStatusBar: false),
        Binding([.pageUp], .pageUp, hint: "page up", help: "Page up", group: "Navigate", showInStatusBar: false),
        Binding([.pageDown], .pageDown, hint: "page down", help: "Page down", group: "Navigate", showInStatusBar: false),
        Binding([.ctrl("u")], .halfPageUp, hint: "½ up", help: "Half a page up", group: "Navigate", showInStatusBar: false),
        Binding([.ctrl("d")], .halfPageDown, hint: "½ down", help: "Half a page down", group: "Navigate", showInStatusBar: false),
        Binding([.enter], .open, hint: "open", help: "Open the selected item", group: "Navigate"),
        Binding([.escape], .back, hint: "back", help: "Back / close", group: "Navigate"),
    ]

    static let global: [Binding] = [
        Binding([.char("/")], .filter, hint: "filter", help: "Filter the list", group: "Find"),
        Binding([.char("n")], .nextMatch, hint: "next", help: "Next match", group: "Find", showInStatusBar: false),
        Binding([.char("N")], .previousMatch, hint: "prev", help: "Previous match", group: "Find", showInStatusBar: false),
        Binding([.char(":")], .palette, hint: "command", help: "Command palette (:pilot KEY, :tools, :audit, :export …)", group: "Go"),
        Binding([.char("1")], .goPortfolio, hint: "portfolio", help: "Portfolio", group: "Go", showInStatusBar: false),
        Binding([.char("2")], .goTools, hint: "tools", help: "Tools", group: "Go", showInStatusBar: false),
        Binding([.char("3")], .goPeople, hint: "people", help: "People", group: "Go", showInStatusBar: false),
        Binding([.char("4")], .goOversight, hint: "oversight", help: "Oversight queue", group: "Go", showInStatusBar: false),
        Binding([.char("5")], .goAudit, hint: "audit", help: "Audit log", group: "Go", showInStatusBar: false),
        Binding([.char("6")], .goAlerts, hint: "alerts", help: "Alerts: what needs attention now", group: "Go", showInStatusBar: false),
        Binding([.char("f")], .logFeedback, hint: "feedback", help: "Log feedback for the current pilot", group: "Act"),
        Binding([.char("a")], .newItem, hint: "add", help: "Add an item here (pilot, tool, person, risk, incident, measurement)", group: "Act"),
        Binding([.char("e")], .export, hint: "export", help: "Export a report", group: "Act", showInStatusBar: false),
        Binding([.ctrl("r")], .refresh, hint: "refresh", help: "Reload from the database", group: "Act", showInStatusBar: false),
        Binding([.char("?")], .help, hint: "help", help: "This help", group: "Go"),
        Binding([.char("q")], .quit, hint: "quit", help: "Quit", group: "Go"),
    ]

    static let list: [Binding] = [
        Binding([.char("o")], .signOff, hint: "sign off", help: "Sign off the selected gate (reviewers, oversight queue)", group: "Act"),
        Binding([.char("c")], .checklist, hint: "gate", help: "Gate checklist: why the selected pilot is or is not ready", group: "Act"),
        Binding([.char("s")], .sort, hint: "sort", help: "Cycle the sort order", group: "View"),
        Binding([.char("b")], .toggleBoard, hint: "board", help: "Board view: one column per stage", group: "View"),
        Binding([.char("v")], .verifyChain, hint: "verify", help: "Verify the audit chain and every audited row (audit log)", group: "Act"),
        Binding([.left, .char("h")], .left, hint: "left", help: "Previous column (board)", group: "View", showInStatusBar: false),
        Binding([.right, .char("l")], .right, hint: "right", help: "Next column (board)", group: "View", showInStatusBar: false),
        Binding([.char("d")], .decide, hint: "decide", help: "Record a gate decision (on a pilot's screen)", group: "Act", showInStatusBar: false),
    ]

    static let pilot: [Binding] = [
        Binding([.tab, .char("l"), .right], .nextTab, hint: "tab", help: "Next tab", group: "View"),
        Binding([.backTab, .char("h"), .left], .previousTab, hint: "prev tab", help: "Previous tab", group: "View", showInStatusBar: false),
        Binding([.char("c")], .checklist, hint: "gate", help: "Gate checklist: why the pilot is or is not ready (Decisions tab)", group: "Act", showInStatusBar: false),
        Binding([.char("o")], .signOff, hint: "sign off", help: "Sign off the pending gate (reviewers)", group: "Act", showInStatusBar: false),
        Binding([.char("d")], .decide, hint: "decide", help: "Record a gate decision (Decisions tab)", group: "Act", showInStatusBar: false),
        Binding([.char("w")], .withdrawFeedback, hint: "withdraw", help: "Withdraw your own feedback (Feedback tab)", group: "Act"),
    ]

    public static func keymap(for context: KeyContext) -> Keymap<DeckAction> {
        switch context {
        case .list: Keymap(navigation + list + global)
        case .pilot: Keymap(navigation + pilot + global)
        }
    }
}
