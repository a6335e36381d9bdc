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
        discussion: "Uses --db, else $PILOTDECK_DB, else its own file ($XDG_DATA_HOME/pilotdeck/demo.sqlite); "
            + "never writes into a database that is not a demo. On PostgreSQL it seeds an empty database.")

    /// `--db` (default here: $PILOTDECK_DB, else $XDG_DATA_HOME/pilotdeck/demo.sqlite) and `--as`.
    @OptionGroup var options: StoreOptions

    @Flag(help: "Only build the database; do not open the dashboard.")
    var seedOnly = false

    @Flag(help: "Rebuild an existing demo database from scratch.")
    var force = false

    @Option(
        help: "standard; medium (60 pilots, 600 people, 50,000 measurements) for a mid-size hospital; or large (500 pilots, 5,000 people, 1,000,000 measurements) for benchmarks.")
    var scale = "standard"

    @Option(help: "Folder of playbooks (default: ./Pilots or the source tree's).")
    var playbooks: String?

    @OptionGroup var dashboard: DashboardOptions

    func run() throws {
        let given = options.db ?? StoreOptions.environmentPath
        let store = DatabaseLocation(path: given ?? StoreOptions.dataDirectory() + "/demo.sqlite", actAs: options.actAs)
        if given == nil {
            try FileManager.default.createDirectory(atPath: StoreOptions.dataDirectory(), withIntermediateDirectories: true)
        }
        if case .postgres = try StoreLocation(store.path) {
            try seedShared(store)
            if !seedOnly { try Dashboard.open(store: store, options: dashboard) }
            return
        }
        let exists = FileManager.default.fileExists(atPath: store.path)
        if exists {
            guard try store.open().isDemo() else {
                throw CLIError("\(store.path) is not a demo database; demo never overwrites it, give another --db\(Self.environmentHint(options))")
            }
        }
        if !exists || force {
            if exists { store.removeFiles() }
            try seed(store)
        } else if seedOnly {
            print("\(store.path) is already a demo database; --force rebuilds it")
        }
        if !seedOnly {
            try Dashboard.open(store: store, options: dashboard)
        }
    }

    /// `text` as one word in a shell: quoted when it holds anything but letters, digits and /._-.
    static func shellWord(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-".contains($0)) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Where a path that was not given came from, for a refusal.
    static func environmentHint(_ options: StoreOptions) -> String {
        options.db == nil ? " (it is $PILOTDECK_DB; unset it for demo's own file)" : ""
    }

    static let scales: [String: DemoScale] = ["standard": .standard, "medium": .medium, "large": .large]

    func validate() throws {
        if Self.scales[scale] == nil { throw ValidationError("--scale is standard, medium or large") }
    }

    /// A PostgreSQL database is seeded when it is empty; one that is already a demo is kept (its
    /// audit log is append-only, so --force cannot rebuild it), and any other is refused.
    private func seedShared(_ store: DatabaseLocation) throws {
        let database = try store.open(mode: .create)
        if try database.isDemo() {
            if force {
                throw CLIError("\(store.path) is a demo already, and a PostgreSQL audit log cannot be emptied; drop and create the database to rebuild it")
            }
            if seedOnly { print("\(store.path) is already a demo database") }
            return
        }
        if try !database.people().isEmpty {
            throw CLIError("\(store.path) is not a demo database; demo never writes into it, give another --db\(Self.environmentHint(options))")
        }
        try seed(store)
    }

    private func seed(_ store: DatabaseLocation) throws {
        let library = try PlaybookLibrary.load(playbooks)
        let started = Date()
        do {
            let database = try store.open(mode: .create)
            let summary = try DemoHospital.seed(
                into: database, admin: try database.authenticatedLogin(), playbooks: library, today: Day(Date()),
                scale: Self.scales[scale]!)
            let seconds = Date().timeIntervalSince(started)
            print("seeded \(store.path) in \(String(format: "%.1f", seconds)) s: \(summary.pilots) pilots, \(summary.people) people, \(summary.tools) tools, \(summary.measurements) measurements, \(summary.feedback) feedback entries, \(summary.decisions) decisions, \(summary.auditEntries) audit entries")
            let db = Self.shellWord(store.path)
            print("try: pilotdeck gate --db \(db) --pilot \(summary.readyPilot)   (ready for its next gate)")
            print("     pilotdeck gate --db \(db) --pilot \(summary.unmetPilot)   (one unmet criterion)")
            print("     pilotdeck gate --db \(db) --pilot \(summary.pausedPilot)   (paused by an incident)")
            print("     pilotdeck gate --db \(db) --pilot \(summary.inconclusivePilot)   (a metric its interval cannot decide yet)")
            print("     pilotdeck gate --db \(db) --pilot \(summary.trippedPilot)   (tripped by a safeguard)")
            print("     pilotdeck gate --db \(db) --pilot \(summary.overduePilot)   (in general use, overdue for its review)")
        } catch {
            store.removeFiles()
            throw error
        }
    }
}

