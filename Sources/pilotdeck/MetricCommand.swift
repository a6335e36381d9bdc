import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct MetricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metric", abstract: "Record and list metric measurements.",
        subcommands: [Record.self, List.self, Import.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record one measurement (leads).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "Metric key of the pilot's playbook.") var metric: String
        @Option(help: "The value, a decimal number (write a negative one as --value=-2).") var value: String
        @Option(help: "Number of samples behind the value.") var n: Int
        @Option(help: "Day measured, YYYY-MM-DD (default: today).") var date: String?
        @Flag(help: "A baseline taken before the tool was used.") var baseline = false

        func run() throws {
            guard let number = NumberText.decimal(value) else {
                throw FieldError("value", "'\(Text.sanitized(value))' is not a decimal number; write digits such as 12 or 12.5")
            }
            let day = try date.map { try Day(parsing: $0, field: "date") } ?? Day(Date())
            let stored = try store.ledger().recordMeasurement(
                pilot: pilot, MeasurementInput(metricKey: metric, value: number, n: n, day: day, isBaseline: baseline))
            print("recorded \(stored.metricKey) = \(Output.number(stored.value)) (n=\(stored.n)) on \(stored.day) at \(stored.stage.rawValue)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List a pilot's measurements, newest last.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "Only this metric.") var metric: String?
        @Option(help: "At most this many.") var limit = 500

        func run() throws {
            let database = try store.open()
            let found = try database.pilot(pilot)
            let rows = try database.measurements(of: found.id!, metric: metric, limit: try Limit.checked(limit))
            if output.json { return try Output.json(rows) }
            Output.table(
                ["DAY", "METRIC", "VALUE", "N", "STAGE", "BASELINE"],
                rows.map { [$0.day.description, $0.metricKey, Output.number($0.value), String($0.n), $0.stage.rawValue, $0.isBaseline ? "yes" : ""] })
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import measurements from CSV (metric,value,n,date[,baseline]); all or nothing.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Argument(help: "CSV file, or - for standard input.") var file: String

        func run() throws {
            let table = try CSVTable(data: try InputFile.read(file), required: ["metric", "value", "n", "date"], optional: ["baseline"])
            let inputs = try table.records.map { record in
                Numbered(line: record.line, value: try Self.parse(record))
            }
            let stored = try store.ledger().recordMeasurements(pilot: pilot, inputs)
            print("imported \(stored.count) measurements into \(pilot)")
        }

        static func parse(_ record: CSVTable.Record) throws -> MeasurementInput {
            let field = "line \(record.line)"
            let value = try record.decimal("value")
            let n = try record.wholeNumber("n")
            let day = try Day(parsing: try record.value("date").trimmingCharacters(in: .whitespaces), field: "\(field) date")
            let baselineText = record.optional("baseline")?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard ["", "0", "1", "yes", "no", "true", "false"].contains(baselineText) else {
                throw FieldError(field, "baseline '\(Text.sanitized(baselineText))' must be yes or no")
            }
            return MeasurementInput(
                metricKey: try record.value("metric").trimmingCharacters(in: .whitespaces), value: value, n: n, day: day,
                isBaseline: ["1", "yes", "true"].contains(baselineText))
        }
    }
}

/// Reads a file argument, with `-` meaning standard input.
enum InputFile {
    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FieldError("file", "cannot read \(Text.sanitized(path)); check the path")
        }
        return data
    }
}
