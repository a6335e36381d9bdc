import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

/// One geometry per screen: what paging counts as the rows on screen, where the table is drawn
/// and where a click lands are the same rows (`PilotTabLayout`, `DeckLayout`).
@Suite("Tab and list geometry", .serialized)
struct TabGeometryTests {
    /// Its own demo database: the test adds incidents so that a pilot's list is longer than its screen.
    let fixture = try! DemoFixture()

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Clicks the last row the list shows and returns the selection and the drawn screen.
    func clickLastRow(_ state: inout AppState, list: Rect) -> (selected: Int, last: Int, screen: [Substring]) {
        let last = min(state.currentCount, state.visibleRows) - 1 + state.cursor.offset
        let y = list.minY + 1 + (last - state.cursor.offset)
        fixture.press([.mouse(MouseEvent(x: list.minX + 2, y: y, kind: .leftClick))], on: &state)
        let screen = DeckView.render(state, theme: .mono).text.split(separator: "\n", omittingEmptySubsequences: false)
        return (state.cursor.selection, last, screen)
    }

    @Test("a click on the last visible row of every pilot tab selects the row drawn there, at 80x24 and 120x40")
    func pilotTabs() throws {
        let key = try fixture.database.pilots()[0].key
        let admin = try fixture.database.person("admin")
        let ledger = Ledger(database: fixture.database, actor: admin, osLogin: "admin")
        for number in 1...14 {
            try ledger.openIncident(pilot: key, severity: .low, kind: .unsafeOutput, summary: "Draft \(number) needed a correction")
        }
        for size in Self.sizes {
            for tab in PilotTab.allCases where tab != .overview {
                var state = fixture.state(size)
                fixture.press([.char(":")] + "pilot \(key)".map { .char($0) } + [.enter], on: &state)
                state.tab = tab
                guard state.currentCount > 0 else { continue }
                let layout = PilotTabLayout(tab, detail: state.detail, body: DeckLayout.body(of: state))
                let (selected, last, screen) = clickLastRow(&state, list: layout.list)
                #expect(selected == last, "\(tab) at \(size.width)x\(size.height)")
                let line = screen[layout.list.minY + 1 + last - state.cursor.offset]
                if tab == .incidents, let incident = state.detail?.incidents[last] {
                    // The incidents table once took half the body while paging and clicks assumed 60%.
                    #expect(line.contains("#\(incident.id!)"), "\(size.width)x\(size.height): the clicked line shows \(line)")
                }
                #expect(!line.trimmingCharacters(in: .whitespaces).isEmpty, "\(tab): nothing is drawn on the clicked line")
            }
        }
    }

    @Test("a click on the last visible row of the portfolio, tools, people, audit log and alerts selects it, at 80x24 and 120x40")
    func listScreens() throws {
        for size in Self.sizes {
            for keys in [[KeyEvent](), [.char("2")], [.char("3")], [.char("5")], [.char("6")]] {
                var state = fixture.state(size)
                fixture.press(keys, on: &state)
                guard state.currentCount > 0 else { continue }
                let body = DeckLayout.body(of: state)
                let list =
                    switch state.route {
                    case .portfolio: PortfolioView.tableArea(state, body: body)
                    case .audit: body.inset(top: 1)
                    default: body
                    }
                let (selected, last, screen) = clickLastRow(&state, list: list)
                #expect(selected == last, "\(state.route) at \(size.width)x\(size.height)")
                #expect(!screen[list.minY + 1 + last - state.cursor.offset].trimmingCharacters(in: .whitespaces).isEmpty)
            }
        }
    }
}
