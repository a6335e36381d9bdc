import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: backup while writers run", .serialized)
struct BackupTests {
    @Test("backups taken while a CLI process and an in-process writer write each pass check")
    func backupUnderLoad() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let feedback = try cli.count(db, "feedback")
        let stop = Flag()
        let ledger = try Ledger.open(try PilotDatabase(path: db))
        let inProcess = Thread.detachNewThreadWithResult {
            var written = 0
            while !stop.isSet {
                try ledger.logFeedback(pilot: pilot, FeedbackInput(rating: 4, category: .workflow, rawText: "during backup \(written)"))
                written += 1
            }
            return written
        }
        let process = Thread.detachNewThreadWithResult {
            var results: [CLI.Result] = []
            while !stop.isSet {
                results.append(try cli.run(["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "3", "--category", "usability", "--text", "cli"]))
            }
            return results
        }
        var backups: [String] = []
        for index in 0..<3 {
            let backup = cli.path("backup-\(index).sqlite")
            let result = try cli.run(["backup", backup, "--db", db])
            #expect(result.succeeded, "\(result.stderr)")
            backups.append(backup)
        }
        stop.set()
        let written = try inProcess.value()
        let cliResults = try process.value()
        #expect(written > 0 && !cliResults.isEmpty, "the writers did not run during the backups")
        #expect(cliResults.allSatisfy { $0.succeeded })
        for backup in backups {
            let check = try cli.run(["check", "--db", backup])
            #expect(check.succeeded, "\(backup): \(check.stdout)\(check.stderr)")
            #expect(try cli.count(backup, "feedback") >= feedback)
        }
        #expect(try cli.count(db, "feedback") == feedback + written + cliResults.count)
    }
}
