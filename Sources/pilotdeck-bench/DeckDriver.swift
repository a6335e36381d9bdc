import Foundation
import PilotDeck
import PilotKit
import PilotStore
import TerminalKit

/// The dashboard without a terminal: opened as `pilotdeck` opens it, fed keys as `DeckApp.run`
/// feeds them (handle, run the effects, render), at 200x60 into the memory canvas.
struct DeckDriver {
    static let size = Size(width: 200, height: 60)

    let database: PilotDatabase
    let runtime: DeckRuntime
    var state: AppState
    let theme = Theme.color

    /// Opens the database, identifies the user, loads the playbook keys, builds the portfolio
    /// state and renders the first frame: the work between `pilotdeck` starting and a screen.
    init(path: String) throws {
        database = try PilotDatabase(path: path)
        let ledger = try Ledger.open(database)
        let session = Session(user: ledger.actor, databaseName: database.displayName, isReadOnly: false, isDemo: try database.isDemo())
        let playbookKeys = PlaybookLibrary.keys()
        runtime = DeckRuntime(database: database, ledger: ledger, prefetchesInsights: true)
        state = runtime.start(session: session, size: Self.size, playbookKeys: playbookKeys)
        _ = DeckView.render(state, theme: theme)
        runtime.frameDrawn()
    }

    /// One keystroke to its frame; returns the frame so the work cannot be skipped.
    mutating func press(_ key: KeyEvent) -> Canvas {
        runtime.run(state.handle(key), on: &state)
        let frame = DeckView.render(state, theme: theme)
        runtime.frameDrawn()
        return frame
    }
}
