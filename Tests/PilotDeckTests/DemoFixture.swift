import PilotKit
import PilotStore
import PilotdeckTestSupport
import TerminalKit
@testable import PilotDeck

/// The demo hospital seeded once with a fixed day and admin, so every golden is stable.
/// Unchecked: the golden suite is serialized, so the runtime is only ever used from one test at a time.
final class DemoFixture: @unchecked Sendable {
    static let shared = try! DemoFixture()
    static let today = try! Day(parsing: "2026-03-02", field: "today")

    let database: PilotDatabase
    let runtime: DeckRuntime
    let session: Session
    let playbookKeys: [String]

    init() throws {
        database = try SeededDemo.seed(admin: "admin", today: Self.today).database
        playbookKeys = try SeededDemo.playbooks.get().map(\.key)
        let admin = try database.person("admin")
        let noon = Self.today.date.addingTimeInterval(12 * 3600)
        runtime = DeckRuntime(database: database, ledger: Ledger(database: database, actor: admin, osLogin: "admin", clock: .fixed(noon)), clock: { noon })
        session = Session(user: admin, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true)
    }

    func state(_ size: Size) -> AppState {
        runtime.start(session: session, size: size, playbookKeys: playbookKeys)
    }

    /// Applies keys as the app loop does: update, then run the effects.
    func press(_ keys: [KeyEvent], on state: inout AppState) {
        for key in keys { runtime.run(state.handle(key), on: &state) }
    }
}
