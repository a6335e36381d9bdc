import TerminalKit

/// Maps a click in the body to a row of the list on screen, with the same geometry the table uses.
enum ListView {
    static func row(at point: Point, state: AppState) -> Int? {
        let body = DeckLayout.body(of: state)
        let area: Rect
        switch state.route {
        case .portfolio where state.board: return nil
        case .portfolio: area = PortfolioView.tableArea(state, body: body)
        case .pilot: area = PilotTabLayout(state.tab, detail: state.detail, body: body).list
        case .audit: area = body.inset(top: 1)
        default: area = body
        }
        let table = Table(columns: [], rows: [], totalRows: state.currentCount, selectedRow: state.cursor.selection, scrollOffset: state.cursor.offset)
        return table.row(at: point, in: area)
    }
}
