import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Portfolio refresh", .serialized)
struct PortfolioRefreshTests {
    /// Its own demo: this test writes, and the goldens must not see it.
    static let demo = try! DemoFixture()

    @Test("a pilot another process creates while the dashboard is away from the portfolio is on it when it comes back through another screen")
    func writeWhileAway() throws {
        let fixture = Self.demo
        var state = fixture.state(Size(width: 120, height: 40))
        let template = try #require(state.pilots.first)
        fixture.press([.char("2")], on: &state)
        let admin = try fixture.database.person("admin")
        let other = Ledger(database: fixture.database, actor: admin, osLogin: "elsewhere", clock: .fixed(DemoFixture.today.date))
        let playbook = try fixture.database.playbook(of: template)
        _ = try other.createPilot(
            NewPilot(key: "ELSEWHERE", name: "Created by another process", ownerLogin: template.ownerLogin, toolKey: template.toolKey),
            playbook: playbook)
        fixture.press([.char("3"), .char("1")], on: &state)
        #expect(state.pilots.contains { $0.key == "ELSEWHERE" })
    }
}
