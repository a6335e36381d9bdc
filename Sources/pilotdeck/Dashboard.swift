import ArgumentParser
import Foundation
import PilotStore

/// Flags of the full-screen dashboard.
struct DashboardOptions: ParsableArguments {
    @Flag(help: "Open without any write action (for auditors).") var readonly = false
    @Flag(help: "Monochrome display (also when NO_COLOR is set).") var noColor = false
    @Flag(help: "Do not capture the mouse.") var noMouse = false
}

/// Opens the dashboard when both ends are a terminal; otherwise says how to use the CLI.
enum Dashboard {
    static func open(store: StoreOptions, options: DashboardOptions) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError("the dashboard needs a terminal on stdin and stdout; for scripts use subcommands such as `pilotdeck pilot list --json` (see `pilotdeck --help`)")
        }
        _ = try store.open()
        throw CLIError("the dashboard is not built yet; use the subcommands (see `pilotdeck --help`)")
    }
}
