import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Golden screens", .serialized)
struct ScreenGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    /// Each screen and overlay as the keys that reach it from the portfolio.
    static let screens: [(name: String, keys: [KeyEvent])] = [
        ("portfolio", []),
        ("portfolio-board", [.char("b")]),
        ("portfolio-filter", [.char("/"), .char("a"), .char("m"), .char("b")]),
        ("pilot-overview", [.enter]),
        ("pilot-scope", [.enter, .tab]),
        ("pilot-metrics", [.enter, .tab, .tab]),
        ("pilot-feedback", [.enter, .tab, .tab, .tab]),
        ("pilot-risks", [.enter, .tab, .tab, .tab, .tab]),
        ("pilot-incidents", [.enter, .tab, .tab, .tab, .tab, .tab]),
        ("pilot-decisions", [.enter, .backTab, .backTab]),
        ("pilot-audit", [.enter, .backTab]),
        ("tools", [.char("2")]),
        ("people", [.char("3")]),
        ("oversight", [.char("4")]),
        ("audit", [.char("5")]),
        ("alerts", [.char("6")]),
        ("help", [.char("?")]),
        ("palette", [.char(":"), .char("p")]),
        ("form-new-pilot", [.char("a")]),
        ("form-feedback", [.char("f")]),
        ("form-discard", [.char("a"), .char("X"), .escape]),
        ("form-sign-off", [.enter, .char("o")]),
        ("form-incident", [.enter, .tab, .tab, .tab, .tab, .tab, .enter]),
    ]

    static let golden = Golden(folder: "Screens")

    static func compare(_ name: String, _ canvas: Canvas) throws {
        try golden.check(canvas.text + "\n", against: "\(name)-\(canvas.width)x\(canvas.height).txt")
    }

    /// Screens that show audit entries: each entry's day and login are what its engine vouches
    /// for, on PostgreSQL the server's clock and role, which no fixture can pin.
    static let serverStamped: Set<String> = ["audit", "pilot-audit"]

    @Test(
        "every screen and overlay matches its golden at 80x24 and 120x40",
        arguments: screens.map(\.name).filter { !serverStamped.contains($0) })
    func screen(name: String) throws {
        try Self.check(name)
    }

    @Test(
        "the audit screens match their goldens at 80x24 and 120x40",
        .enabled(if: TestEngine.isSQLite, "entries carry the server's clock and role on PostgreSQL"),
        arguments: serverStamped.sorted())
    func auditScreen(name: String) throws {
        try Self.check(name)
    }

    static func check(_ name: String) throws {
        let keys = screens.first { $0.name == name }!.keys
        for size in sizes {
            var state = DemoFixture.shared.state(size)
            DemoFixture.shared.press(keys, on: &state)
            try compare(name, DeckView.render(state, theme: .mono))
        }
    }

    @Test("the too-small screen")
    func tooSmall() throws {
        let state = DemoFixture.shared.state(Size(width: 30, height: 8))
        try Self.compare("too-small", DeckView.render(state, theme: .mono))
    }

    @Test("the clinician's home lists only their pilots")
    func clinicianHome() throws {
        let people = try DemoFixture.shared.database.people()
        let clinician = try #require(people.first { $0.roles == [.clinician] })
        var state = DemoFixture.shared.runtime.start(
            session: Session(user: clinician, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true),
            size: Size(width: 120, height: 40), playbookKeys: [])
        state.route = .portfolio
        let mine = try DemoFixture.shared.database.pilots(involving: clinician.login).map(\.key)
        #expect(state.visiblePilots.map(\.key) == mine)
        #expect(DeckView.render(state, theme: .mono).text.contains("my pilots"))
    }
}
