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
        case .oversight, .audit, .alerts: nil
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
        case .withdrawFeedback: .logFeedback
        default: nil
        }
    }

    /// The pilot whose gate checklist `c` opens: the open or selected pilot, or the queue item's.
    var checklistPilotKey: String? { gatePilotKey ?? currentPilot?.key }

    /// The pilot `f` logs feedback for: the current one, or a clinician's first own pilot.
    var feedbackPilot: Pilot? { currentPilot ?? (mineOnly ? visiblePilots.first : nil) }

    /// Whether this user logs feedback only on the pilots they take part in (`minePilotIDs`).
    var feedbackNeedsEnrolment: Bool { session.may(.logFeedback) && NotParticipant.applies(to: session.user) }

    /// Why this user cannot do `action` here, or nil when they can: the one decision that key
    /// presses, the status bar, help and the palette read. The role comes first, since it holds
    /// on every screen; then what this screen lacks.
    func refusal(for action: DeckAction) -> String? { refusal(for: action, listIsEmpty: currentCount == 0) }

    /// `refusal(for:)`, with whether the list on screen is empty asked only of the moving keys.
    func refusal(for action: DeckAction, listIsEmpty: @autoclosure () -> Bool) -> String? {
        if let permission = permission(for: action), let refusal = roleRefusal(permission) { return refusal }
        switch action {
        case .newItem: return newItemForm == nil ? "nothing to add here" : nil
        case .logFeedback: return feedbackPilot.map(feedbackRefusal) ?? "select a pilot first"
        case .decide: return currentPilot == nil || route == .portfolio ? "open a pilot first" : nil
        case .signOff: return gatePilotKey == nil ? "open a pilot, or select a gate in the oversight queue" : nil
        case .checklist: return checklistPilotKey == nil ? "select a pilot, or a gate in the oversight queue" : nil
        case .sort, .toggleBoard: return route == .portfolio ? nil : "only on the portfolio (1)"
        case .left, .right: return route != .portfolio ? "only on the portfolio's board (1, then b)" : board ? nil : "only on the board (b)"
        case .verifyChain: return route == .audit ? nil : "only on the audit log (5)"
        case .withdrawFeedback: return withdrawalRefusal
        case .back: return filterText.isEmpty && history.isEmpty ? "nothing to go back to" : nil
        case .open: return opensSomething ? nil : "nothing to open here"
        case .up, .down, .pageUp, .pageDown, .halfPageUp, .halfPageDown, .top, .bottom, .nextMatch, .previousMatch:
            return listIsEmpty() ? "the list is empty" : nil
        default: return nil
        }
    }

    /// Whether Enter does anything here: asked of `open()` on a copy, so the two cannot drift.
    var opensSomething: Bool {
        var copy = self
        let effects = copy.open()
        return !effects.isEmpty || copy.route != route || copy.overlay != nil || copy.message != message
    }

    /// Why this session may not take a step that needs `permission`, or nil.
    func roleRefusal(_ permission: Permission) -> String? {
        if session.isReadOnly { return "read-only session: nothing can be changed" }
        if session.may(permission) { return nil }
        return AccessDenied(permission: permission, login: session.user.login, roles: session.user.roles).description
    }

    /// Why this user cannot log feedback on `pilot`, or nil.
    func feedbackRefusal(_ pilot: Pilot) -> String? {
        if let refusal = roleRefusal(.logFeedback) { return refusal }
        guard feedbackNeedsEnrolment, !minePilotIDs.contains(pilot.id ?? -1) else { return nil }
        return NotParticipant(login: session.user.login, pilot: pilot.key).worded(\.dashboard)
    }

    /// The palette as this user may use it: `feedback` only for whoever may log it, naming only
    /// the pilots they may log it on.
    func offeredPalette() -> Palette {
        let keys = pilots.map(\.key)
        let feedback = pilots.filter { feedbackRefusal($0) == nil }.map(\.key)
        return Palette(
            commands: Palette.commands.filter { $0 != "feedback" || !feedback.isEmpty },
            targets: ["pilot": keys, "export": keys].merging(feedback.isEmpty ? [:] : ["feedback": feedback]) { $1 })
    }

    /// Why this session may not open `form`, or nil: asked before a form opens and again before
    /// its submission writes.
    func refusal(for form: FormKind) -> String? { form.permission.flatMap(roleRefusal) }

    mutating func startForm(_ kind: FormKind?) -> [Effect] {
        guard let kind else { return [] }
        if let refusal = refusal(for: kind) {
            say(refusal, error: true)
            return []
        }
        overlay = .form(FormSession(kind: kind, state: self))
        return []
    }
}
