import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("A pilot row made unreadable by hand", .serialized)
struct UnreadablePilotTests {
    @Test("the portfolio still shows the other pilots and names the unreadable one", .sqliteFileOnly)
    func portfolioShowsTheRest() throws {
        let fixture = try DemoFixture()
        let pilots = try fixture.database.pilots()
        let bogus = try #require(pilots.first)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [fixture.database.path, "UPDATE pilot SET status = 'bogus' WHERE id = \(bogus.id!)"]
        try process.run()
        process.waitUntilExit()

        let state = fixture.state(Size(width: 120, height: 40))
        #expect(state.pilots.map(\.key) == pilots.dropFirst().map(\.key))
        #expect(state.messageIsError)
        #expect(state.message?.hasPrefix("pilot \(bogus.id!): row cannot be read (column status") == true, "\(state.message ?? "")")
        let screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains(pilots[1].key) && !screen.contains(bogus.key))
    }
}
