import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Alerts screen")
struct AlertsScreenTests {
    let fixture = DemoFixture.shared

    @Test("6 lists what pilotdeck alerts lists, as many as the header counts; Enter opens the pilot an alert is about")
    func listsAndOpens() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fixture.press([.char("6")], on: &state)
        #expect(state.route == .alerts)
        let expected = try fixture.database.alerts(now: DemoFixture.today.date.addingTimeInterval(12 * 3600))
        #expect(!expected.isEmpty && state.alerts == expected && state.alertCount == expected.count)
        let index = try #require(state.visibleAlerts.firstIndex { $0.pilot != nil })
        state.alertCursor = ListCursor(selection: index, count: state.visibleAlerts.count)
        let pilot = state.visibleAlerts[index].pilot!
        fixture.press([.enter], on: &state)
        #expect(state.route == .pilot(pilot) && state.detail?.pilot.key == pilot)
    }

    @Test("a tool's alert opens the tools inventory, and / filters the list")
    func toolAndFilter() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fixture.press([.char("6")], on: &state)
        state.alerts.append(Alert(kind: .toolConditions, pilot: nil, subject: "tool ZETA-SCRIBE", detail: "no BAA signed"))
        fixture.press([.char("/")] + "ZETA-SCRIBE".map { .char($0) } + [.enter], on: &state)
        #expect(state.visibleAlerts.map(\.subject) == ["tool ZETA-SCRIBE"])
        state.alertCursor = ListCursor(selection: 0, count: 1)
        fixture.press([.enter], on: &state)
        #expect(state.route == .tools)
    }
}
