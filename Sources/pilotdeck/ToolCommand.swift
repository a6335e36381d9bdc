import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct ToolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tool", abstract: "The AI tool inventory and its vetting.",
        subcommands: [Add.self, List.self, Show.self, Review.self, Update.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a tool (pending vetting).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Short key, e.g. SCRIBE-X.") var key: String
        @Option(help: "Product name.") var name: String
        @Option(help: "Vendor.") var vendor: String
        @Option(help: "Model name.") var model: String
        @Option(help: "Model version.") var version: String
        @Option(help: "on-premises, private-cloud, vendor-saas or public-consumer.") var hosting: String
        @Flag(help: "A business associate agreement is signed.") var baaSigned = false
        @Flag(help: "The contract forbids training on prompts.") var noTrainingClause = false
        @Option(help: "Days the vendor retains prompts and outputs.") var retentionDays: Int = 0

        func run() throws {
            let tool = Tool(
                key: key, name: name, vendor: vendor, model: model, version: version,
                hosting: try Hosting.parse(hosting, field: "hosting"), baaSigned: baaSigned,
                noTrainingClause: noTrainingClause, retentionDays: retentionDays)
            let added = try store.ledger().addTool(tool)
            print("added tool \(added.key) (vetting pending)")
            for problem in added.contractProblems { print("warning: \(problem); it cannot pass a gate until fixed") }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tools.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let tools = try store.open().tools()
            if output.json { return try Output.json(tools) }
            Output.table(
                ["KEY", "NAME", "VENDOR", "MODEL", "HOSTING", "BAA", "NO-TRAINING", "VETTING"],
                tools.map {
                    [$0.key, $0.name, $0.vendor, "\($0.model) \($0.version)", $0.hosting.rawValue, $0.baaSigned ? "yes" : "no",
                     $0.noTrainingClause ? "yes" : "no", $0.vetting.rawValue]
                })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a tool with its reviews.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Tool key.") var key: String

        struct Detail: Encodable {
            var tool: Tool
            var reviews: [ToolReview]
            var contractProblems: [String]
        }

        func run() throws {
            let database = try store.open()
            let tool = try database.tool(key)
            let reviews = try database.toolReviews(key)
            if output.json { return try Output.json(Detail(tool: tool, reviews: reviews, contractProblems: tool.contractProblems)) }
            Output.fields([
                ("key", tool.key), ("name", tool.name), ("vendor", tool.vendor), ("model", "\(tool.model) \(tool.version)"),
                ("hosting", tool.hosting.title), ("BAA signed", tool.baaSigned ? "yes" : "no"),
                ("no-training clause", tool.noTrainingClause ? "yes" : "no"), ("retention", "\(tool.retentionDays) days"),
                ("vetting", tool.vetting.rawValue),
                ("problems", tool.contractProblems.isEmpty ? "none" : tool.contractProblems.joined(separator: "; ")),
            ])
            for review in reviews {
                print("review  \(review.reviewerLogin) (\(review.discipline.rawValue)): \(review.verdict.rawValue) — \(Output.clean(review.notes))")
            }
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record your vetting verdict (reviewers).")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Tool key.") var key: String
        @Option(help: "approved, approved-with-conditions or rejected.") var verdict: String
        @Option(help: "Notes for the record.") var notes = ""

        func run() throws {
            let tool = try store.ledger().reviewTool(key: key, verdict: try VettingStatus.parse(verdict, field: "verdict"), notes: notes)
            print("\(tool.key) is now \(tool.vetting.rawValue)")
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a model or version change; pilots in general use need revalidation.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Tool key.") var key: String
        @Option(help: "New model name.") var model: String?
        @Option(help: "New model version.") var version: String?

        func run() throws {
            guard model != nil || version != nil else { throw CLIError("give --model and/or --version") }
            let flagged = try store.ledger().changeToolModel(key: key, model: model, version: version)
            print("updated \(key)")
            for pilot in flagged { print("\(pilot.key) is in general use and now needs revalidation") }
        }
    }
}
