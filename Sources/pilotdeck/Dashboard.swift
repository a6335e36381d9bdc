import ArgumentParser
import CursesTerminal
import Foundation
import PilotDeck
import PilotKit
import PilotStore
import TerminalKit

/// Flags of the full-screen dashboard.
struct DashboardOptions: ParsableArguments {
    @Flag(help: "Open without any write action (for auditors).") var readonly = false
    @Flag(help: "Monochrome display (also when NO_COLOR is set).") var noColor = false
    @Flag(help: "Do not capture the mouse.") var noMouse = false
}

/// Opens the dashboard when both ends are a terminal; otherwise says how to use the CLI.
enum Dashboard {
    static func open(store: DatabaseLocation, options: DashboardOptions) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError("the dashboard needs a terminal on stdin and stdout; for scripts use subcommands such as `pilotdeck pilot list --json` (see `pilotdeck --help`)")
        }
        // A short wait keeps the dashboard responsive while another process holds the write lock;
        // the write is refused with "busy" and the form stays open to retry.
        let database = try store.open(busyTimeout: 0.3)
        let ledger = try Ledger.open(database, actingAs: store.actAs)
        let movedTo = try database.movedTo()
        let readOnly = options.readonly || database.isReadOnly || movedTo != nil
        let session = Session(
            user: ledger.actor, databaseName: database.displayName, isReadOnly: readOnly, isDemo: try database.isDemo(), movedTo: movedTo)
        let playbookKeys = PlaybookLibrary.keys()
        var theme = Theme.forEnvironment()
        if options.noColor { theme = .mono }
        let terminal = try CursesTerminal(options: .init(colors: theme != .mono, mouse: !options.noMouse))
        defer { terminal.shutdown() }
        DeckApp.run(
            terminal: terminal, runtime: DeckRuntime(database: database, ledger: session.isReadOnly ? nil : ledger, prefetchesInsights: true), session: session,
            theme: theme, playbookKeys: playbookKeys)
    }
}
