import ArgumentParser
import Foundation
import PilotKit
import PilotStore
import PilotDeck

struct PilotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pilot", abstract: "Create, list and scope pilots.",
        subcommands: [New.self, List.self, Show.self, Scope.self, ParticipantCommand.self, ReviewPlan.self, Resume.self])

    /// The JSON shape of a pilot for scripts.
    struct Summary: Encodable {
        var id: Int64
        var key: String
        var name: String
        var stage: Stage
        var status: PilotStatus
        var statusReason: String
        var tool: String
        var playbook: String
        var useCase: String
        var owner: String
        var cohortSize: Int
        var sites: [String]
        var startedOn: Day
        var nextReviewOn: Day?
        var needsRevalidation: Bool

        init(_ p: Pilot) {
            id = p.id ?? 0
            key = p.key
            name = p.name
            stage = p.stage
            status = p.status
            statusReason = p.statusReason
            tool = p.toolKey
            playbook = p.playbook
            useCase = p.useCase
            owner = p.ownerLogin
            cohortSize = p.cohortSize
            sites = p.sites
            startedOn = p.startedOn
            nextReviewOn = p.nextReviewOn
            needsRevalidation = p.needsRevalidation
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a pilot at intake from a playbook (leads).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Short key, e.g. AMB-FM.") var key: String
        @Option(help: "Name.") var name: String
        @Option(help: "Playbook key (see `pilotdeck playbook list`).") var playbook: String
        @Option(help: "Tool key.") var tool: String
        @Option(help: "Owner's login (a lead).") var owner: String
        @Option(help: "The problem the pilot solves.") var problem = ""
        @Option(help: "How success is judged.") var successCriteria = ""
        @Option(name: .customLong("site"), help: "A site taking part (repeat for several).") var sites: [String] = []
        @Option(help: "Folder of playbooks (default: ./Pilots or the source tree's).") var playbooks: String?

        func run() throws {
            let ledger = try store.ledger()
            let found = try PlaybookLibrary.find(playbook, option: playbooks, catalogue: try ledger.database.catalogue())
            let pilot = try ledger.createPilot(
                NewPilot(
                    key: key, name: name, problem: problem, successCriteria: successCriteria, ownerLogin: owner,
                    toolKey: tool, sites: sites),
                playbook: found)
            print("created pilot \(pilot.key) (id \(pilot.id!)) at intake with \(found.starterRisks.count) starter risks")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List pilots.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let pilots = try store.open().pilots()
            if output.json { return try Output.json(pilots.map(Summary.init)) }
            Output.table(
                ["ID", "KEY", "NAME", "STAGE", "STATUS", "TOOL", "OWNER"],
                pilots.map { [String($0.id!), $0.key, $0.name, $0.stage.rawValue, $0.status.rawValue, $0.toolKey, $0.ownerLogin] })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a pilot: scope, participants, metrics.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Pilot key or id.") var pilot: String

        struct Detail: Encodable {
            var pilot: Summary
            var problem: String
            var successCriteria: String
            var scope: [ScopeEntry]
            var participants: [Participant]
            var metrics: [MetricSummary]
        }

        func run() throws {
            let database = try store.open()
            let found = try database.pilot(pilot)
            let scope = try database.scope(of: found.id!)
            let participants = try database.participants(of: found.id!)
            let metrics = try database.metricSummaries(of: found, playbook: try database.playbook(of: found))
            if output.json {
                return try Output.json(
                    Detail(
                        pilot: Summary(found), problem: found.problem, successCriteria: found.successCriteria, scope: scope,
                        participants: participants, metrics: metrics))
            }
            Output.fields([
                ("key", found.key), ("name", found.name), ("use case", found.useCase), ("stage", found.stage.title),
                ("status", found.statusReason.isEmpty ? found.status.rawValue : "\(found.status.rawValue) (\(found.statusReason))"),
                ("owner", found.ownerLogin), ("tool", found.toolKey), ("cohort", String(found.cohortSize)),
                ("sites", found.sites.joined(separator: ", ")), ("problem", found.problem),
                ("success criteria", found.successCriteria),
                ("scope", scope.map { "\($0.domainKey) (\($0.access.rawValue))" }.joined(separator: ", ")),
                ("participants", participants.enrolment),
            ])
            Output.table(
                ["METRIC", "VALUE", "N", "BASELINE", "TARGET"],
                metrics.map { [$0.definition.key, Output.number($0.value), String($0.n), Output.number($0.baseline), $0.definition.target.description] })
        }
    }

    struct Scope: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a pilot's data scope within what its stage allows.", subcommands: [Add.self, Remove.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a data domain to the scope.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Pilot key or id.") var pilot: String
            @Option(help: "Data domain key.") var domain: String
            @Option(help: "read, generate or write-back.") var access = "read"

            func run() throws {
                try store.ledger().addScope(pilot: pilot, domain: domain, access: try Access.parse(access, field: "access"))
                print("\(pilot) now reaches \(domain) (\(access))")
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove a data domain from the scope.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Pilot key or id.") var pilot: String
            @Option(help: "Data domain key.") var domain: String

            func run() throws {
                try store.ledger().removeScope(pilot: pilot, domain: domain)
                print("removed \(domain) from \(pilot)")
            }
        }
    }

    struct ParticipantCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "participant", abstract: "Enrol people in a pilot.", subcommands: [Add.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Enrol a person, with the account they use.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Pilot key or id.") var pilot: String
            @Option(help: "Person's login.") var login: String
            @Option(help: "org-sso or personal.") var account = "org-sso"

            func run() throws {
                try store.ledger().addParticipant(pilot: pilot, login: login, account: try AccountKind.parse(account, field: "account"))
                print("\(login) takes part in \(pilot)")
            }
        }
    }

    struct ReviewPlan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review-plan", abstract: "Record that the incident action plan was reviewed today.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Pilot key or id.") var pilot: String

        func run() throws {
            let updated = try store.ledger().reviewActionPlan(pilot: pilot)
            print("\(updated.key) action plan reviewed \(updated.actionPlanReviewedOn!)")
        }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resume a paused pilot once its incidents are closed.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Pilot key or id.") var pilot: String
        @Option(help: "Why it is safe to resume.") var rationale: String

        func run() throws {
            let resumed = try store.ledger().resumePilot(pilot, rationale: rationale)
            print("\(resumed.key) is active again")
        }
    }
}
