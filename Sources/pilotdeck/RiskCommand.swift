import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk", abstract: "A pilot's risk register.", subcommands: [Add.self, List.self, Update.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a risk (leads, reviewers).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "What could go wrong.") var title: String
        @Option(help: "privacy, security, safety, bias, operational, regulatory or financial.") var category: String
        @Option(help: "1 (rare) to 5 (almost certain).") var likelihood: Int
        @Option(help: "1 (minor) to 5 (severe).") var impact: Int
        @Option(help: "How it is mitigated.") var mitigation = ""
        @Option(help: "Owner's login (default: you).") var owner: String?

        func run() throws {
            let risk = try store.ledger().addRisk(
                pilot: pilot, title: title, category: try RiskCategory.parse(category, field: "category"),
                likelihood: likelihood, impact: impact, mitigation: mitigation, owner: owner)
            print("added risk #\(risk.id!) scored \(risk.score)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a pilot's risks.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Pilot key or id.") var pilot: String

        func run() throws {
            let database = try store.open()
            let risks = try database.risks(of: try database.pilot(pilot).id!)
            if output.json { return try Output.json(risks) }
            Output.table(
                ["ID", "SCORE", "L", "I", "CATEGORY", "STATUS", "OWNER", "TITLE"],
                risks.map { [String($0.id!), String($0.score), String($0.likelihood), String($0.impact), $0.category.rawValue, $0.status.rawValue, $0.ownerLogin, $0.title] })
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a risk's scores, mitigation, owner or status.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Risk id.") var id: Int64
        @Option(help: "1 to 5.") var likelihood: Int?
        @Option(help: "1 to 5.") var impact: Int?
        @Option(help: "How it is mitigated.") var mitigation: String?
        @Option(help: "Owner's login.") var owner: String?
        @Option(help: "open, mitigated, accepted or closed.") var status: String?

        func run() throws {
            let newStatus = try status.map { try RiskStatus.parse($0, field: "status") }
            let risk = try store.ledger().updateRisk(id: id) { risk in
                if let likelihood { risk.likelihood = likelihood }
                if let impact { risk.impact = impact }
                if let mitigation { risk.mitigation = mitigation }
                if let owner { risk.ownerLogin = owner }
                if let newStatus { risk.status = newStatus }
            }
            print("risk #\(risk.id!) is \(risk.status.rawValue), scored \(risk.score)")
        }
    }
}
