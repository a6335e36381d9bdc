import ArgumentParser
import Foundation
import PilotDemo
import PilotKit
import PilotStore
import PilotDeck

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a fictional demo hospital and open the dashboard on it.",
        discussion: "Uses its own file ($XDG_DATA_HOME/pilotdeck/demo.sqlite) unless --db is given; never overwrites a database that is not a demo.")

    @Option(help: "Database file (default: $XDG_DATA_HOME/pilotdeck/demo.sqlite).")
    var db: String?

    @Flag(help: "Only build the database; do not open the dashboard.")
    var seedOnly = false

    @Flag(help: "Rebuild an existing demo database from scratch.")
    var force = false

    @Option(help: "standard, or large (500 pilots, 1,000,000 measurements) for benchmarks.")
    var scale: DemoScale = .standard

    @Option(help: "Folder of playbooks (default: ./Pilots or the source tree's).")
    var playbooks: String?

    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        var store = StoreOptions()
        store.db = db ?? StoreOptions.defaultPath(file: "demo.sqlite")
        if db == nil {
            try FileManager.default.createDirectory(atPath: StoreOptions.dataDirectory(), withIntermediateDirectories: true)
        }
        let exists = FileManager.default.fileExists(atPath: store.path)
        if exists {
            guard try store.open().isDemo() else {
                throw CLIError("\(store.path) is not a demo database; demo never overwrites it, give another --db")
            }
        }
        if !exists || force {
            if exists { store.removeDatabaseFiles() }
            try seed(store)
        } else if seedOnly {
            print("\(store.path) is already a demo database; --force rebuilds it")
        }
        if !seedOnly {
            try Dashboard.open(store: store, options: dashboard)
        }
    }

    private func seed(_ store: StoreOptions) throws {
        let library = try PlaybookLibrary.load(playbooks)
        let started = Date()
        do {
            let database = try store.open(mode: .create)
            let summary = try DemoHospital.seed(
                into: database, admin: Identity.osLogin(), playbooks: library, today: Day(Date()), scale: scale)
            let seconds = Date().timeIntervalSince(started)
            print("seeded \(store.path) in \(String(format: "%.1f", seconds)) s: \(summary)")
        } catch {
            store.removeDatabaseFiles()
            throw error
        }
    }
}

extension DemoScale: ExpressibleByArgument {}
