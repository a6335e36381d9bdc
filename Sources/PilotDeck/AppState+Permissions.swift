import PilotKit

extension AppState {
    /// The form `a` opens on this screen.
    var newItemForm: FormKind? {
        switch route {
        case .portfolio: .newPilot
        case .tools: .newTool
        case .people: .newPerson
        case .pilot(let key):
            switch tab {
            case .risks: .newRisk(pilot: key)
            case .incidents: .openIncident(pilot: key, feedback: nil)
            case .metrics: .recordMeasurement(pilot: key)
            case .feedback: .logFeedback(pilot: key)
            case .decisions: .decide(pilot: key)
            case .overview where detail?.pilot.status == .paused: .resume(pilot: key)
            default: nil
            }
        case .oversight, .audit: nil
        }
    }

    /// The pilot whose pending gate a sign-off is for: the open pilot, or the selected queue item.
    var gatePilotKey: String? {
        if case .pilot = route { return detail?.pilot.key }
        if route == .oversight, let item = visibleOversight[safe: oversightCursor.selection], item.kind == .signGate {
            return item.target
        }
        return nil
    }

    /// The permission an action needs, if it writes.
    func permission(for action: DeckAction) -> Permission? {
        switch action {
        case .newItem: newItemForm?.permission
        case .logFeedback: .logFeedback
        case .signOff: .signOff
        case .decide: .decide
        default: nil
        }
    }

    /// Why the user may not do it here, or nil.
    func refusal(for action: DeckAction) -> String? {
        if action == .newItem, newItemForm == nil { return "nothing to add here" }
        if action == .decide, currentPilot == nil || route == .portfolio { return "open a pilot first" }
        if action == .signOff, gatePilotKey == nil { return "open a pilot, or select a gate in the oversight queue" }
        guard let permission = permission(for: action) else { return nil }
        if session.isReadOnly { return "read-only session: nothing can be changed" }
        if session.may(permission) { return nil }
        return AccessDenied(permission: permission, login: session.user.login, roles: session.user.roles).description
    }

    /// Whether the key is shown in hints and help: actions the user may not take are not offered.
    func isOffered(_ action: DeckAction) -> Bool {
        switch action {
        case .toggleBoard, .sort, .left, .right: route == .portfolio
        case .signOff: refusal(for: action) == nil
        case .newItem, .logFeedback, .decide: refusal(for: action) == nil
        default: true
        }
    }

    mutating func startForm(_ kind: FormKind?) -> [Effect] {
        guard let kind else { return [] }
        if let permission = kind.permission, !session.may(permission) {
            say(
                session.isReadOnly
                    ? "read-only session: nothing can be changed"
                    : AccessDenied(permission: permission, login: session.user.login, roles: session.user.roles).description,
                error: true)
            return []
        }
        overlay = .form(FormSession(kind: kind, state: self))
        return []
    }
}
