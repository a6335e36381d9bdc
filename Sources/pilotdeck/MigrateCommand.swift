import ArgumentParser
import Foundation
import PilotKit
import PilotStore

/// `pilotdeck migrate`: a hospital's SQLite file onto PostgreSQL, its audit history whole.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Move a SQLite database onto an empty PostgreSQL database, audit log and all, then seal the file.",
        discussion: """
            Verifies the file's audit chain, copies every table with its ids and the audit log byte for byte in one \
            PostgreSQL transaction, verifies the copy there and commits only when its head equals the file's. The file \
            is then sealed: it still reads, and refuses every write. Run it as the file's admin, logged in to PostgreSQL \
            as the owner role. Stopped at any point, it can be run again (see docs/postgresql.md).
            """)

    @Option(help: "The SQLite database file to move.")
    var from: String

    @Option(help: "The postgresql:// URL of the empty database to move it into.")
    var to: String

    @Option(name: .customLong("as"), help: "Act as this login (demo and training databases only).")
    var actAs: String?

    @Flag(help: "Copy and verify, then roll back: nothing changes on either side.")
    var dryRun = false

    func run() throws {
        guard case .file(let file) = try StoreLocation(from, field: "--from") else {
            throw CLIError("--from: \(from) is a PostgreSQL URL; give the SQLite file to move")
        }
        guard case .postgres(let target) = try StoreLocation(to, field: "--to") else {
            throw CLIError("--to: give the postgresql:// URL of the empty database to move into, not a file")
        }
        let source = try DatabaseLocation(path: file, actAs: actAs).open()
        let move = try DatabaseMove(source: source, target: target, actingAs: actAs)
        var bar = MoveProgressBar()
        let report = try move.run(dryRun: dryRun) { bar.show($0) }
        bar.finish()
        describe(report)
    }

    private func describe(_ report: MoveReport) {
        let tables = report.tables.filter { $0.rows > 0 }
        switch report.outcome {
        case .copied:
            print("verified the copy on \(report.target): \(report.rows) rows in \(tables.count) tables, the same head as the file")
        case .foundCopied:
            print("\(report.target) already holds this file's whole chain, verified: an earlier migrate committed it before it could seal the file")
        }
        if report.dryRun {
            print("dry run: rolled back; nothing changed in \(report.target) or \(report.source)")
        } else {
            print("sealed \(report.source): it still reads, and refuses every write; work in \(report.target) now")
        }
        print("head \(report.head)")
    }
}

/// Progress on standard output: a line per table as it completes, and on a terminal a bar on
/// standard error while a table's rows are sent.
struct MoveProgressBar {
    private let onTerminal = isatty(STDERR_FILENO) == 1
    private var drawn = false

    mutating func show(_ step: MoveProgress) {
        switch step {
        case .verifiedSource(let entries, let head):
            print("verified the file: \(entries) audit entries, head \(head.seq)")
        case .copying(let table, let copied, let total):
            guard onTerminal, total > 0 else { return }
            let width = 30
            let filled = min(width, copied * width / total)
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            FileHandle.standardError.write(Data("\r  \(Self.label(table)) [\(bar)] \(copied)/\(total)\u{1B}[K".utf8))
            drawn = true
        case .copiedTable(let table, let rows):
            clear()
            print("  \(Self.label(table)) \(rows) rows")
        case .verifyingTarget:
            print("verifying the copy inside its transaction")
        case .analyzing:
            print("committed and sealed; gathering the server's statistics of the new rows (ANALYZE)")
        }
        // Each line reaches a pipe as it happens; a failed write is still reported at exit.
        try? Output.flush()
    }

    mutating func finish() { clear() }

    private mutating func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    private static func label(_ table: String) -> String { table.padding(toLength: 16, withPad: " ", startingAt: 0) }
}
