import Foundation
import PilotKit
import TerminalKit

extension AppState {
    /// Handles one input event and says what to load or write.
    public mutating func handle(_ event: KeyEvent) -> [Effect] {
        if event == .resize { return [] }
        if isTooSmall {
            if event == .char("q") || event == .ctrl("c") { shouldQuit = true }
            return []
        }
        if event == .ctrl("c") { return request(.quit) }
        if case .mouse(let mouse) = event, overlay == nil, filterEditor == nil { return click(mouse) }
        if overlay != nil { return handleOverlay(event) }
        if filterEditor != nil { return handleFilterInput(event) }
        message = nil
        guard let binding = DeckKeymap.keymap(for: context).binding(forKey: event) else {
            sayUnbound(event)
            return []
        }
        guard let reason = refusal(for: binding.action) else { return perform(binding.action) }
        refuse(event.description, binding.action, because: reason)
        return []
    }

    /// Performs an action if this user may here; otherwise says why.
    public mutating func request(_ action: DeckAction) -> [Effect] {
        guard let reason = refusal(for: action) else { return perform(action) }
        refuse(DeckKeymap.keymap(for: context).binding(for: action)?.keyLabel ?? "", action, because: reason)
        return []
    }

    mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }

    // MARK: - Actions

    mutating func perform(_ action: DeckAction) -> [Effect] {
        switch action {
        case .up: moveCursor(by: -1)
        case .down: moveCursor(by: 1)
        case .pageUp: moveCursor(by: -pageSize)
        case .pageDown: moveCursor(by: pageSize)
        case .halfPageUp: moveCursor(by: -pageSize / 2)
        case .halfPageDown: moveCursor(by: pageSize / 2)
        case .top: moveCursor(to: 0)
        case .bottom: moveCursor(to: currentCount - 1)
        case .left: if board { boardColumn = max(0, boardColumn - 1); portfolioCursor.count = currentCount }
        case .right: if board { boardColumn = min(Stage.allCases.count - 1, boardColumn + 1); portfolioCursor.count = currentCount }
        case .nextTab: switchTab(by: 1)
        case .previousTab: switchTab(by: -1)
        case .open: return open()
        case .back: return back()
        case .help: overlay = .help(scroll: 0)
        case .filter: filterEditor = TextField(filterText, placeholder: "type to filter")
        case .nextMatch: moveCursor(by: 1, wrap: true)
        case .previousMatch: moveCursor(by: -1, wrap: true)
        case .palette: overlay = .palette(offeredPalette())
        case .quit:
            if case .form(let session) = overlay, session.form.isDirty {
                overlay = .confirm(Confirmation(
                    title: "Quit Pilotdeck?", body: "The form \"\(session.kind.title)\" has unsaved input. Quit anyway? (y/n)",
                    action: .quit, form: session))
            } else {
                shouldQuit = true
            }
        case .sort:
            sort = sort.next
            say("sorted by \(sort.rawValue)")
        case .toggleBoard:
            board.toggle()
            portfolioCursor = ListCursor()
            portfolioCursor.count = currentCount
        case .refresh: return [.load(route)]
        case .verifyChain: return [.verifyAudit]
        case .goPortfolio: return navigate(to: .portfolio)
        case .goTools: return navigate(to: .tools)
        case .goPeople: return navigate(to: .people)
        case .goOversight: return navigate(to: .oversight)
        case .goAudit: return navigate(to: .audit)
        case .goAlerts: return navigate(to: .alerts)
        case .newItem: return startForm(newItemForm)
        case .logFeedback:
            guard let pilot = feedbackPilot else { return [] }
            return startForm(.logFeedback(pilot: pilot.key))
        case .export:
            return startForm(.export(pilot: ExportChoices.pilot(on: self)))
        case .signOff:
            guard let key = gatePilotKey else { return [] }
            let effects = startForm(.signOff(pilot: key))
            // Its briefing reads the pilot's detail, which the oversight queue has not read yet.
            guard case .form = overlay, detail?.pilot.key != key else { return effects }
            forgetDetail(unlessOf: key)
            return effects + [.load(.pilot(key))]
        case .decide:
            guard let pilot = currentPilot else { return [] }
            return startForm(.decide(pilot: pilot.key))
        case .checklist: return openChecklist()
        case .withdrawFeedback: confirmWithdrawal()
        }
        return route == .audit ? auditPaging() : []
    }

    var pageSize: Int { max(1, size.height - 8) }

    /// Rows of the list on screen: the body less its header, filter line and the screen's extras;
    /// on a pilot, what its tab's layout gives its list (the Overview pages by its whole body).
    var visibleRows: Int {
        if case .pilot = route {
            let body = DeckLayout.body(of: self)
            return tab == .overview ? max(1, body.height - 1) : PilotTabLayout(tab, detail: detail, body: body).visibleRows
        }
        var chrome = 3
        if route == .audit { chrome += 1 }
        if route == .portfolio && !board { chrome += PortfolioView.legend(self, width: size.width).count }
        if filterEditor != nil || !filterText.isEmpty { chrome += 1 }
        return max(1, size.height - chrome)
    }

    mutating func moveCursor(by delta: Int, wrap: Bool = false) {
        let count = currentCount
        guard count > 0 else { return }
        let rows = visibleRows
        withCursor { cursor in
            cursor.visibleRows = rows
            cursor.count = count
            if wrap {
                cursor.moveTo(((cursor.selection + delta) % count + count) % count)
            } else {
                cursor.move(by: delta)
            }
        }
    }

    mutating func moveCursor(to index: Int) {
        let count = currentCount
        let rows = visibleRows
        withCursor { cursor in
            cursor.visibleRows = rows
            cursor.count = count
            cursor.moveTo(index)
        }
    }

    /// Applies `change` to the cursor of the list on screen.
    mutating func withCursor(_ change: (inout ListCursor) -> Void) {
        switch route {
        case .portfolio: change(&portfolioCursor)
        case .tools: change(&toolCursor)
        case .people: change(&peopleCursor)
        case .oversight: change(&oversightCursor)
        case .audit: change(&auditCursor)
        case .alerts: change(&alertCursor)
        case .pilot:
            var cursor = tabCursors[tab] ?? ListCursor()
            change(&cursor)
            tabCursors[tab] = cursor
        }
    }

    var cursor: ListCursor {
        switch route {
        case .portfolio: portfolioCursor
        case .tools: toolCursor
        case .people: peopleCursor
        case .oversight: oversightCursor
        case .audit: auditCursor
        case .alerts: alertCursor
        case .pilot: tabCursors[tab] ?? ListCursor()
        }
    }

    mutating func switchTab(by delta: Int) {
        let all = PilotTab.allCases
        tab = all[(all.firstIndex(of: tab)! + delta + all.count) % all.count]
    }

    /// Keeps the audit window around the selection; pages from SQL.
    mutating func auditPaging() -> [Effect] {
        let window = 200
        let selection = auditCursor.selection
        if selection < audit.offset || selection >= audit.offset + audit.entries.count {
            return [.pageAudit(offset: max(0, selection - window / 2))]
        }
        return []
    }

    mutating func open() -> [Effect] {
        switch route {
        case .portfolio:
            guard let pilot = currentPilot else { return [] }
            return navigate(to: .pilot(pilot.key))
        case .tools, .people: return []
        case .oversight:
            guard let item = visibleOversight[safe: oversightCursor.selection] else { return [] }
            return item.kind == .vetTool ? navigate(to: .tools) : openChecklist()
        case .alerts:
            // A tool's alert opens the tools inventory; any other, its pilot.
            guard let alert = visibleAlerts[safe: alertCursor.selection] else { return [] }
            return alert.pilot.map { navigate(to: .pilot($0)) } ?? navigate(to: .tools)
        case .audit:
            guard let entry = audit.entries[safe: auditCursor.selection - audit.offset] else { return [] }
            overlay = .reader(TextPanel(title: AuditEntryText.title(entry), text: AuditEntryText.body(entry)))
            return []
        case .pilot(let key):
            guard let detail else { return [] }
            return openRow(of: detail, pilot: key)
        }
    }

    /// Enter on a row of a pilot tab: the form that acts on it when this user may act, otherwise
    /// (and for rows nobody edits) the whole row to read.
    mutating func openRow(of detail: PilotDetail, pilot key: String) -> [Effect] {
        let row = cursor.selection
        switch tab {
        case .risks:
            guard let risk = detail.risks[safe: row], let id = risk.id else { return [] }
            if refusal(for: FormKind.editRisk(pilot: key, id: id)) == nil { return startForm(.editRisk(pilot: key, id: id)) }
            overlay = .reader(DetailText.risk(risk))
        case .incidents:
            guard let incident = detail.incidents[safe: row], let id = incident.id else { return [] }
            if refusal(for: FormKind.updateIncident(pilot: key, id: id)) == nil { return startForm(.updateIncident(pilot: key, id: id)) }
            overlay = .reader(DetailText.incident(incident, plan: detail.playbook.actionPlan, now: detail.readAt))
        case .feedback:
            guard let item = visibleFeedback[safe: row] else { return [] }
            overlay = .reader(DetailText.feedback(item))
        case .decisions:
            let criteria = detail.readiness.criteria
            let gate = detail.readiness.to.map { "Gate \(detail.readiness.from.rawValue) → \($0.rawValue)" } ?? "Gate"
            if let criterion = criteria[safe: row] {
                overlay = .reader(DetailText.criterion(criterion, gate: gate))
            } else if let decision = Array(detail.decisions.reversed())[safe: row - criteria.count] {
                overlay = .reader(DetailText.decision(decision))
            }
        case .audit:
            guard let entry = detail.audit[safe: row] else { return [] }
            overlay = .reader(TextPanel(title: AuditEntryText.title(entry), text: AuditEntryText.body(entry)))
        default: break
        }
        return []
    }

    /// Opens the gate checklist (the Decisions tab) of the pilot `c` means.
    mutating func openChecklist() -> [Effect] {
        guard let key = checklistPilotKey else { return [] }
        let effects = navigate(to: .pilot(key))
        tab = .decisions
        return effects
    }

    mutating func back() -> [Effect] {
        if !filterText.isEmpty {
            filters[filterScope] = nil
            moveCursor(to: 0)
            return []
        }
        guard let previous = history.popLast() else { return [] }
        route = previous
        return [.load(previous)]
    }

    mutating func navigate(to target: Route) -> [Effect] {
        guard target != route else { return [] }
        history.append(route)
        if history.count > 50 { history.removeFirst() }
        route = target
        if case .pilot(let key) = target { forgetDetail(unlessOf: key) }
        return [.load(target)]
    }

    /// Drops another pilot's detail and where its tabs were.
    mutating func forgetDetail(unlessOf key: String) {
        guard detail?.pilot.key != key else { return }
        tab = .overview
        tabCursors = [:]
        detail = nil
    }

    // MARK: - Filter input

    mutating func handleFilterInput(_ event: KeyEvent) -> [Effect] {
        guard var editor = filterEditor else { return [] }
        // The audit log is filtered in SQL over every entry: only when the filter is confirmed
        // or cleared, not on every keystroke. Other lists filter live in memory.
        switch event {
        case .escape:
            filterEditor = nil
            filters[filterScope] = nil
        case .enter:
            filterEditor = nil
        default:
            _ = editor.handle(event)
            filterEditor = editor
            if route == .audit { return [] }
            filters[filterScope] = editor.value.isEmpty ? nil : editor.value
        }
        if route == .audit, event == .enter { filters[filterScope] = editor.value.isEmpty ? nil : editor.value }
        moveCursor(to: 0)
        return route == .audit ? [.pageAudit(offset: 0)] : []
    }

    // MARK: - Mouse

    mutating func click(_ mouse: MouseEvent) -> [Effect] {
        switch mouse.kind {
        case .wheelUp: moveCursor(by: -3)
        case .wheelDown: moveCursor(by: 3)
        default:
            let layout = DeckLayout(size: size)
            if case .pilot = route, mouse.y == layout.tabs.y,
                let index = PilotView.tabs(self).index(at: Point(x: mouse.x, y: mouse.y), in: layout.tabs)
            {
                tab = PilotTab.allCases[index]
                return []
            }
            guard let row = ListView.row(at: Point(x: mouse.x, y: mouse.y), state: self) else { return [] }
            if row == cursor.selection { return open() }
            moveCursor(to: row)
        }
        return route == .audit ? auditPaging() : []
    }
}
