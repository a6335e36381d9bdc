import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing
import TerminalKit
@testable import PilotDeck

/// Over a WAN each round trip costs the network's delay, so the dashboard's screens are held to
/// a budget of them (#15): the first frame 25, opening a pilot, a tab and a page 10 each.
@Suite("Round trips per screen on PostgreSQL", .serialized, .enabled(if: !TestEngine.isSQLite, "a file costs no round trips"))
struct RoundTripBudgetTests {
    @Test("the first frame, opening a pilot, switching its tab and moving a page each stay within the budget")
    func budget() throws {
        let fixture = try DemoFixture()
        let database = try PilotDatabase(path: fixture.database.path)
        let runtime = DeckRuntime(database: database, ledger: nil, clock: { DemoFixture.today.date.addingTimeInterval(12 * 3600) })
        var state = runtime.start(session: fixture.session, size: Size(width: 200, height: 60), playbookKeys: fixture.playbookKeys)
        let frame = database.roundTrips!
        #expect(frame <= 25, "first frame, the database's opening included: \(frame) round trips")
        func trips(_ keys: [KeyEvent]) -> Int {
            let start = database.roundTrips!
            for key in keys { runtime.run(state.handle(key), on: &state) }
            return database.roundTrips! - start
        }
        let open = trips([.enter])
        #expect(open <= 10 && state.detail != nil, "open a pilot: \(open) round trips")
        let tab = trips([.tab])
        #expect(tab <= 10, "tab: \(tab) round trips")
        let page = trips([.escape, .pageDown])
        #expect(page <= 10 && state.route == .portfolio, "page: \(page) round trips")
    }
}
