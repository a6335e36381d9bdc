import Foundation
import PilotKit
import TerminalKit

/// Renders the whole dashboard from state: a pure function, so golden screens are possible.
public enum DeckView {
    public static func render(_ state: AppState, theme: Theme) -> Canvas {
        var canvas = Canvas(size: state.size)
        if state.isTooSmall {
            canvas.render(TooSmallNotice(required: AppState.minimumSize), in: canvas.bounds, theme: theme)
            return canvas
        }
        let layout = DeckLayout(size: state.size)
        header(state, into: &canvas, area: layout.header, theme: theme)
        let body = DeckLayout.body(of: state)
        switch state.route {
        case .portfolio:
            if state.board { BoardView.render(state, into: &canvas, area: body, theme: theme) } else {
                PortfolioView.render(state, into: &canvas, area: body, theme: theme)
            }
        case .pilot:
            canvas.render(PilotView.tabs(state), in: layout.tabs, theme: theme)
            PilotView.render(state, into: &canvas, area: body, theme: theme)
        case .tools: InventoryViews.tools(state, into: &canvas, area: body, theme: theme)
        case .people: InventoryViews.people(state, into: &canvas, area: body, theme: theme)
        case .oversight: InventoryViews.oversight(state, into: &canvas, area: body, theme: theme)
        case .audit: AuditView.render(state, into: &canvas, area: body, theme: theme)
        case .alerts: InventoryViews.alerts(state, into: &canvas, area: body, theme: theme)
        }
        if state.filterEditor != nil || !state.filterText.isEmpty { filterLine(state, into: &canvas, area: layout.filter, theme: theme) }
        canvas.render(statusBar(state), in: layout.status, theme: theme)
        OverlayView.render(state, into: &canvas, theme: theme)
        return canvas
    }

    static func header(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        canvas.fill(area, style: theme.title)
        var title = " Pilotdeck · \(state.route.title)"
        if state.route == .portfolio, state.mineOnly { title += " · my pilots" }
        if state.session.isReadOnly { title += " · READ-ONLY" }
        if state.alertCount > 0 { title += " · \(state.alertCount) alert\(state.alertCount == 1 ? "" : "s")" }
        canvas.write(title, x: area.minX, y: area.minY, style: theme.title, clippedTo: area)
        let tabs = "1 portfolio  2 tools  3 people  4 oversight  5 audit  6 alerts "
        let x = area.maxX - tabs.displayWidth
        if x > title.displayWidth + 2 { canvas.write(tabs, x: x, y: area.minY, style: theme.title, clippedTo: area) }
    }

    static func filterLine(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let label = "/ "
        canvas.write(label, x: area.minX, y: area.minY, style: theme.accent)
        let field = Rect(x: area.minX + 2, y: area.minY, width: max(0, area.width - 2), height: 1)
        if let editor = state.filterEditor {
            canvas.render(editor, in: field, theme: theme)
        } else {
            canvas.write("\(state.filterText)   (Esc clears, n/N next/previous)", x: field.minX, y: field.minY, style: theme.muted, clippedTo: field)
        }
    }

    /// Help first, so the way to every other key always fits; for whoever logs feedback only on
    /// their own pilots (a clinician, whose one act it is), feedback next, so a narrow screen
    /// does not cut it.
    static func prioritized(_ hints: [StatusHint], feedbackFirst: Bool) -> [StatusHint] {
        let first = feedbackFirst ? ["help", "feedback"] : ["help"]
        return first.flatMap { name in hints.filter { $0.hint == name } } + hints.filter { !first.contains($0.hint) }
    }

    static func statusBar(_ state: AppState) -> StatusBar {
        let user = state.session.user
        let role = user.roles.count > 2 ? "\(user.roles[0].rawValue)+\(user.roles.count - 1)" : user.roles.map(\.rawValue).joined(separator: ",")
        let message = state.databaseUnreachable ? "reconnecting…" : state.databaseBusy ? "database busy; retrying" : state.message
        return StatusBar(
            hints: prioritized(state.keymap.statusHints, feedbackFirst: state.feedbackNeedsEnrolment), user: user.login, role: role, database: state.session.databaseName, message: message,
            messageKind: state.messageIsError || state.databaseBusy || state.databaseUnreachable ? .bad : .info)
    }
}
