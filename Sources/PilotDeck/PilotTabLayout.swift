import TerminalKit

/// Where a pilot tab draws, decided once for its rendering, for paging (how many rows its list
/// shows) and for mouse clicks: the list (a table with its header line) and what the tab shows
/// beside it (a chart, an incident's action plan, the feedback summary, the gate's title).
struct PilotTabLayout {
    /// The table, its header line included; empty on the Overview, which scrolls text instead.
    var list: Rect
    /// What the tab draws besides the table; empty when nothing.
    var aside: Rect

    init(_ tab: PilotTab, detail: PilotDetail?, body: Rect) {
        switch tab {
        case .metrics, .risks, .incidents:
            let parts = body.rows([.percent(60), .fill()])
            list = parts[0]
            aside = parts[1]
        case .feedback:
            let height = min(body.height, detail.map(PilotFeedbackView.summaryHeight) ?? 0)
            aside = Rect(x: body.x, y: body.y, width: body.width, height: height)
            list = body.inset(top: height)
        case .decisions:
            aside = Rect(x: body.x, y: body.y, width: body.width, height: min(1, body.height))
            list = body.inset(top: aside.height)
        case .overview:
            aside = body
            list = body.inset(top: body.height)
        case .scope, .audit:
            list = body
            aside = body.inset(top: body.height)
        }
    }

    /// Rows of the list on screen: the table less its header line.
    var visibleRows: Int { max(1, list.height - 1) }
}
