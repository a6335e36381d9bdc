import ArgumentParser
import Foundation
import PilotKit

/// `pilotdeck alerts`: what needs attention now; exit 1 when there is anything, so cron or a
/// monitoring agent can notify, 0 when nothing.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Crossed safeguards, overdue action-plan steps, action plans due for re-reading, tools whose conditions are unmet.",
        discussion: "Exits 1 when there is any alert and 0 when there is none.")
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let alerts = try store.open().alerts(now: Date())
        if output.json {
            try Output.json(alerts)
        } else if alerts.isEmpty {
            print("no alerts")
        } else {
            Output.table(["KIND", "PILOT", "SUBJECT", "DETAIL"], alerts.map { [$0.kind.rawValue, $0.pilot ?? "–", $0.subject, $0.detail] })
        }
        if !alerts.isEmpty { throw ExitCode(1) }
    }
}
