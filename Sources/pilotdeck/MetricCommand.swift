import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct MetricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metric", abstract: "Record and list metric measurements.",
        subcommands: [Record.self, List.self, Import.self, Summary.self])

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record one measurement (leads).")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Option(help: "Metric key of the pilot's playbook.") var metric: String
        @Option(help: "The value, a decimal number (write a negative one as --value=-2).") var value: String
        @Option(help: "Number of samples behind the value.") var n: Int
        @Option(help: "Day measured, YYYY-MM-DD (default: today).") var date: String?
        @Flag(help: "A baseline taken before the tool was used.") var baseline = false
        @Option(help: "Standard deviation of the samples behind a mean (its interval needs it).") var sd: String?

        func run() throws {
            guard let number = NumberText.decimal(value) else {
                throw FieldError("value", "'\(Text.sanitized(value))' is not a decimal number; write digits such as 12 or 12.5")
            }
            let spread = try sd.map { text in
                guard let spread = NumberText.decimal(text) else {
                    throw FieldError("sd", "'\(Text.sanitized(text))' is not a decimal number; write digits such as 4.1")
                }
                return spread
            }
            let day = try date.map { try Day(parsing: $0, field: "date") } ?? Day(Date())
            let stored = try store.ledger().recordMeasurement(
                pilot: pilot, MeasurementInput(metricKey: metric, value: number, n: n, day: day, isBaseline: baseline, sd: spread))
            let sdText = stored.sd.map { ", sd \(Output.number($0))" } ?? ""
            print("recorded \(stored.metricKey) = \(Output.number(stored.value)) (n=\(stored.n)\(sdText)) on \(stored.day) at \(stored.stage.rawValue)")
            try MetricCommand.announceSafeguards(crossedBy: [stored], store: store)
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
                ["DAY", "METRIC", "VALUE", "N", "SD", "STAGE", "BASELINE"],
                rows.map {
                    [$0.day.description, $0.metricKey, Output.number($0.value), String($0.n), Output.number($0.sd), $0.stage.rawValue,
                     $0.isBaseline ? "yes" : ""]
                })
        }
    }

    struct Summary: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each metric of the pilot's stage with its 95% interval and what it says about the target.",
            discussion: """
                Means get Student t intervals (Welch against a baseline), shares Wilson (Newcombe), event counts \
                Clopper-Pearson. A target is met when the whole interval satisfies it, not met when the whole \
                interval fails it, inconclusive otherwise (needed_n: the total n that would decide it at the \
                current estimate and spread), insufficient below min_samples, without a baseline for a relative \
                target, or for a mean recorded without --sd. Values are in the metric's unit; event counts are \
                events per sample.
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Pilot key or id.") var pilot: String

        func run() throws {
            let database = try store.open()
            let found = try database.pilot(pilot)
            let playbook = try database.playbook(of: found)
            let lines = try database.metricSummaries(of: found, playbook: playbook).map {
                MetricSummaryLine($0, minSamples: playbook.minSamples)
            }
            if output.json { return try Output.json(lines) }
            Output.table(
                ["METRIC", "KIND", "VALUE", "N", "95% INTERVAL", "TARGET", "STATUS", "DETAIL"],
                lines.map { line in
                    let interval = line.low.map { "\(Output.number($0)) – \(Output.number(line.high))" } ?? NumberText.missing
                    let detail = line.neededN.map { "about \(EvidenceText.roughly($0 - line.n)) more samples would decide it" } ?? line.note
                    return [line.metric, line.kind.rawValue, Output.number(line.value), String(line.n), interval, line.target, line.status.rawValue, detail]
                })
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import measurements from CSV (metric,value,n,date[,baseline][,sd]); all or nothing.")
        @OptionGroup var store: StoreOptions
        @Option(help: "Pilot key or id.") var pilot: String
        @Argument(help: "CSV file, or - for standard input.") var file: String

        func run() throws {
            let table = try CSVTable(data: try InputFile.read(file), required: ["metric", "value", "n", "date"], optional: ["baseline", "sd"])
            let inputs = try table.records.map { record in
                Numbered(line: record.line, value: try Self.parse(record))
            }
            let stored = try store.ledger().recordMeasurements(pilot: pilot, inputs)
            print("imported \(stored.count) measurements into \(pilot)")
            try MetricCommand.announceSafeguards(crossedBy: stored, store: store)
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
            let sd = try record.optional("sd").flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try record.decimal("sd") }
            return MeasurementInput(
                metricKey: try record.value("metric").trimmingCharacters(in: .whitespaces), value: value, n: n, day: day,
                isBaseline: ["1", "yes", "true"].contains(baselineText), sd: sd)
        }
    }
}

extension MetricCommand {
    /// Names each incident the measurements' safeguards opened, and the pause it caused, so
    /// whoever recorded them knows at once.
    static func announceSafeguards(crossedBy measurements: [MetricMeasurement], store: StoreOptions) throws {
        let ids = Set(measurements.compactMap(\.id))
        guard let pilotID = measurements.first?.pilotID else { return }
        let opened = try store.open().incidents(of: pilotID).filter { $0.measurementID.map(ids.contains) ?? false }
        for incident in opened.sorted(by: { ($0.id ?? 0) < ($1.id ?? 0) }) {
            let pause = incident.severity.pausesPilot ? "; the pilot is paused until it is closed and a lead resumes it" : ""
            print("safeguard: \(incident.metricKey ?? "a metric") crossed its action threshold: incident #\(incident.id ?? 0) (\(incident.severity.rawValue)) opened\(pause)")
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
