import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Clinician feedback, always through the PHI guard.",
        subcommands: [Add.self, List.self, Import.self, Withdraw.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log feedback; identifiers are replaced before storing.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "1 (poor) to 5 (excellent).") var rating: Int
        @Option(help: "accuracy, omission, hallucination, workflow, usability, safety-concern or privacy-concern.")
        var category: String
        @Option(name: .customLong("tag"), help: "medication, order, symptom, diagnosis or other (repeat).") var tags: [String] = []
        @Option(help: "The comment, or - to read it from standard input.") var text: String

        func run() throws {
            let raw = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .newlines) : text
            let input = FeedbackInput(
                rating: rating, category: try FeedbackCategory.parse(category, field: "category"),
                tags: try EditTag.parseList(tags, field: "tag"), rawText: raw)
            let (stored, redaction) = try store.ledger().logFeedback(pilot: pilot, input)
            print("stored feedback #\(stored.id!): \(Output.clean(stored.text, keepNewlines: true))")
            print(redaction.kinds.isEmpty ? "removed: nothing" : "removed: \(redaction.kinds.map(\.rawValue).joined(separator: ", "))")
            if stored.category.suggestsIncident {
                print("this is a \(stored.category.rawValue): open an incident with `pilotdeck incident open --pilot \(pilot) --severity ... --kind ... --summary ... --feedback \(stored.id!)`")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a pilot's feedback, newest first.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "At most this many.") var limit = 100

        func run() throws {
            let database = try store.open()
            let rows = try database.feedback(of: try database.pilot(pilot).id!, limit: try Limit.checked(limit))
            if output.json { return try Output.json(rows) }
            Output.table(
                ["ID", "RATING", "CATEGORY", "TAGS", "BY", "TEXT"],
                rows.map { [String($0.id!), String($0.rating), $0.category.rawValue, $0.tags.map(\.rawValue).joined(separator: ","), $0.authorLogin, $0.text] })
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw your own feedback: its text is cleared and it leaves every list, tally and report.",
            discussion: "For an identifier the PHI guard missed. The audit log keeps the entry's history and records the withdrawal.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "Feedback id (feedback list shows it).") var id: Int64

        func run() throws {
            try store.ledger().withdrawFeedback(id: id)
            print("withdrew feedback #\(id): its text is gone from the pilot's view, reports and exports; the audit log keeps its history")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import paper or survey feedback from CSV (rating,category,text[,tags]); all or nothing.",
            discussion: """
                The first line is the header naming the columns: rating,category,text and, if you have them, tags \
                (a header in another order works too). rating is 1 to 5; category is one of \
                \(FeedbackCategory.labels.joined(separator: ", ")); tags are separated by ';', from \
                \(EditTag.labels.joined(separator: ", ")). Quote a text that holds commas. Every text passes the PHI guard.
                """)
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Argument(help: "CSV file, or - for standard input.") var file: String

        func run() throws {
            let table = try CSVTable(data: try InputFile.read(file), required: ["rating", "category", "text"], optional: ["tags"])
            let inputs = try table.records.map { record in
                let field = "line \(record.line)"
                let rating = try record.wholeNumber("rating")
                let tags = (record.optional("tags") ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                return Numbered(
                    line: record.line,
                    value: FeedbackInput(
                        rating: rating, category: try FeedbackCategory.parse(try record.value("category"), field: "\(field) category"),
                        tags: try EditTag.parseList(tags, field: "\(field) tags"), rawText: try record.value("text")))
            }
            let stored = try store.ledger().logFeedback(pilot: pilot, inputs)
            let redacted = stored.filter { !$0.1.kinds.isEmpty }.count
            print("imported \(stored.count) feedback entries into \(pilot); identifiers removed from \(redacted)")
        }
    }
}
