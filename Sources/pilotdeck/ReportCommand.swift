import ArgumentParser
import Foundation
import PilotDeck
import PilotStore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Export a pilot stage report or the portfolio: md, html, csv or json.")
    @OptionGroup var store: StoreOptions
    @Option(help: "Pilot key or id.") var pilot: String?
    @Flag(help: "The portfolio report: every pilot on one page.") var all = false
    @Option(help: "md, html, csv or json (default: from the output file's extension).") var format: String?
    @Option(help: "The file to write, or - for standard output.") var output: String
    @Flag(help: "Replace the output file if it exists, keeping its permissions.") var force = false

    func validate() throws {
        if (pilot == nil) == !all { throw ValidationError("give exactly one of --pilot P or --all") }
    }

    func run() throws {
        let written = try ReportExport.write(
            database: store.open(), pilot: pilot, format: format, path: output, replacing: force, generatedAt: Date())
        if output != "-" { print("wrote \(written)") }
    }
}
