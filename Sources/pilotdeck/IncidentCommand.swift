import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct IncidentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "incident", abstract: "Incidents and their action plan; high or critical pauses the pilot.",
        subcommands: [Open.self, Update.self, Close.self, List.self])

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Report an incident.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "low, medium, high or critical.") var severity: String
        @Option(help: "data-breach, phishing, prompt-injection, unsafe-output, unauthorized-access, model-change or other.")
        var kind: String
        @Option(help: "What happened (identifiers are removed).") var summary: String
        @Option(help: "The feedback entry that raised it.") var feedback: Int64?

        func run() throws {
            let ledger = try store.ledger()
            let (incident, paused) = try ledger.openIncident(
                pilot: pilot, severity: try Severity.parse(severity, field: "severity"),
                kind: try IncidentKind.parse(kind, field: "kind"), summary: summary, feedbackID: feedback)
            print("opened incident #\(incident.id!) (\(incident.severity.rawValue) \(incident.kind.rawValue))")
            if paused { print("kill switch: \(pilot) is paused; every gate is blocked until the incident is closed and a lead resumes it") }
            let found = try ledger.database.pilot(pilot)
            let steps = try ledger.database.playbook(of: found).actionPlan.enumerated().filter { $0.element.applies(to: incident.kind) }
            for (index, step) in steps {
                let clock = step.clockHours.map { " (due \(Self.due(incident.openedAt, hours: $0)))" } ?? ""
                print("  [ ] \(index + 1). \(step.title)\(clock)")
            }
        }

        static func due(_ from: Date, hours: Int) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
            return formatter.string(from: from.addingTimeInterval(Double(hours) * 3600)).replacingOccurrences(of: "T", with: " ")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a note, mark action-plan steps done, change status.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Incident id.") var id: Int64
        @Option(help: "open, contained or closed.") var status: String?
        @Option(name: .customLong("step"), help: "Action-plan step number done (repeat).") var steps: [Int] = []
        @Option(help: "A timeline note.") var note: String?

        func run() throws {
            let incident = try store.ledger().updateIncident(
                id: id, status: try status.map { try IncidentStatus.parse($0, field: "status") }, stepsDone: steps, note: note)
            print("incident #\(id) is \(incident.status.rawValue); steps done: \(incident.stepsDone.map(String.init).joined(separator: ", "))")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an incident.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Incident id.") var id: Int64
        @Option(help: "How it was resolved.") var note: String?

        func run() throws {
            try store.ledger().updateIncident(id: id, status: .closed, note: note)
            print("incident #\(id) closed; a lead can now resume the pilot with `pilotdeck pilot resume`")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List incidents, newest first.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Only this pilot (key or id).") var pilot: String?

        func run() throws {
            let database = try store.open()
            let incidents = try database.incidents(of: try pilot.map { try database.pilot($0).id! })
            if output.json { return try Output.json(incidents) }
            Output.table(
                ["ID", "PILOT", "SEVERITY", "KIND", "STATUS", "OPENED", "SUMMARY"],
                incidents.map { [String($0.id!), String($0.pilotID), $0.severity.rawValue, $0.kind.rawValue, $0.status.rawValue, Day($0.openedAt).description, $0.summary] })
        }
    }
}
