import ArgumentParser
import Foundation
import PilotKit

/// The `pilotdeck` command: with no subcommand it opens the dashboard; subcommands script
/// everything the dashboard does, through the same Ledger.
@main
struct Pilotdeck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilotdeck",
        abstract: "Run hospital AI pilots in small, governed steps.",
        discussion: "With no subcommand, opens the dashboard on the database.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, DemoCommand.self, PersonCommand.self, ToolCommand.self, PilotCommand.self,
            MetricCommand.self, FeedbackCommand.self, RiskCommand.self, IncidentCommand.self, GateCommand.self,
            SignOffCommand.self, DecideCommand.self, AuditCommand.self, CheckCommand.self, BackupCommand.self,
            PlaybookCommand.self, ReportCommand.self, AlertsCommand.self, MigrateCommand.self,
        ]
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        try Dashboard.open(store: store.location, options: dashboard)
    }

    /// Usage mistakes get ArgumentParser's help; refusals from running a command get one line on
    /// stderr and exit 1 (2 for an unready gate), with nothing changed.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
            try Output.flush()
        } catch where String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
            // --help, --version and exit codes: ArgumentParser prints and exits as usual, once
            // what the command printed has reached standard output.
            do { try Output.flush() } catch { fail(error) }
            exit(withError: error)
        } catch {
            fail(error)
        }
    }

    private static func fail(_ error: Error) -> Never {
        Output.error((error as? Remedied)?.worded(\.commandLine) ?? String(describing: error))
        exit(withError: ExitCode.failure)
    }
}

/// A refusal raised by the CLI itself.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
