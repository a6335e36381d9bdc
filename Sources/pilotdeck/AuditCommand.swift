import ArgumentParser
import Foundation
import PilotKit
import PilotStore
import PilotDeck

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The hash-chained audit log.", subcommands: [Log.self, Verify.self, Anchor.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print audit entries, newest first.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "Only this pilot (key or id).") var pilot: String?
        @Option(help: "At most this many.") var limit = 200

        func run() throws {
            let database = try store.open()
            let entries = try database.auditEntries(pilotID: try pilot.map { try database.pilot($0).id! }, limit: try Limit.checked(limit))
            if output.json { return try Output.json(entries) }
            let formatter = ISO8601DateFormatter()
            Output.table(
                ["SEQ", "AT", "WHO", "ACTION", "ENTITY", "ID", "AFTER"],
                entries.map {
                    [String($0.seq), formatter.string(from: $0.at),
                     $0.osLogin == $0.personLogin ? $0.personLogin : "\($0.personLogin) (os: \($0.osLogin))",
                     $0.action, $0.entity, $0.entityID, String(($0.after ?? $0.before ?? "").prefix(80))]
                })
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the chain and compare every row with its last audited state; exit 0 when intact.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Option(help: "An anchor SEQ:HASH kept from `audit anchor`, to detect a rebuilt chain.") var anchor: String?

        func run() throws {
            let report = try store.open().verifyAudit(anchor: try anchor.map { try AuditAnchor(parsing: $0) })
            if output.json {
                try Output.json(report)
            } else {
                Self.describe(report)
            }
            if !report.isIntact { throw ExitCode.failure }
        }

        static func describe(_ report: AuditReport) {
            for line in report.lines() { print(line) }
            print(
                report.isIntact
                    ? "intact: \(report.entries) entries, head \(report.headSeq):\(report.headHash)"
                    : "audit verification failed (\(report.entries) entries)")
        }
    }

    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the chain head SEQ:HASH to keep outside the file.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            print(try store.open().auditHead())
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "The engine's own checks (SQLite: quick_check, foreign keys; PostgreSQL: indexes) and audit verify; exit 0 when healthy.")
    @OptionGroup var store: StoreOptions

    func run() throws {
        let report = try store.open().check()
        for check in report.checks {
            print("\(check.name): \(check.problems.isEmpty ? "ok" : check.problems.joined(separator: "; "))")
        }
        AuditCommand.Verify.describe(report.audit)
        if !report.isHealthy { throw ExitCode.failure }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy a consistent snapshot while others keep working.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The new backup file.") var file: String

    func run() throws {
        try store.open().backup(to: file)
        print("backed up \(store.path) to \(file)")
    }
}

struct PlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook", abstract: "The playbooks pilots are run by.", subcommands: [List.self, Check.self, Apply.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the playbooks.")
        @OptionGroup var output: JSONOption
        @Option(help: "Folder of playbooks (default: ./Pilots or the source tree's).") var playbooks: String?

        func run() throws {
            let all = try PlaybookLibrary.load(playbooks)
            if output.json { return try Output.json(all) }
            Output.table(
                ["KEY", "TITLE", "METRICS", "DECIDED BY"],
                all.map { [$0.key, $0.title, String($0.metrics.count), $0.decidedBy.map(\.rawValue).joined(separator: ", ")] })
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate playbook files; errors name file, line and field.")
        @Argument(help: "Playbook files.") var files: [String]

        func run() throws {
            for file in files {
                let playbook = try Playbook.load(contentsOf: URL(fileURLWithPath: file))
                print("\(file): ok (\(playbook.key), \(playbook.metrics.count) metrics)")
            }
        }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change what a playbook's running pilots are judged by (targets, safeguards, gates, review days) to the file's; its deciders only, audited.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The edited playbook file.") var file: String

        func run() throws {
            let playbook = try Playbook.load(contentsOf: URL(fileURLWithPath: file))
            let changed = try store.ledger().applyPlaybook(playbook)
            print(
                changed.isEmpty
                    ? "playbook \(playbook.key): nothing its pilots are judged by changed"
                    : "playbook \(playbook.key): changed \(changed.joined(separator: ", ")); its running pilots are judged by the new values from now on")
        }
    }
}
