import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Faults: concurrent writers", .serialized)
struct ConcurrentWriterTests {
    static let commandsPerProcess = 4
    static let rowsPerImport = 25
    static let inProcessWrites = 40

    @Test("four CLI processes and an in-process writer: every row lands, no busy error, the chain has no gap")
    func writersAtOnce() throws {
        let cli = try CLI()
        let db = try SeededDemo.copy(into: cli)
        let pilot = try SeededDemo.summary.readyPilot
        let database = try PilotDatabase(path: db)
        let metric = try #require(try database.playbook(of: database.pilot(pilot)).metrics.first?.key)
        let csv = cli.path("batch.csv")
        try Data(("metric,value,n,date\n" + (0..<Self.rowsPerImport).map { "\(metric),\(10 + $0 % 5),12,\(Day(Date()).adding(days: -($0 % 18)))" }
            .joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: csv))
        let before = (measurements: try cli.count(db, "measurement"), feedback: try cli.count(db, "feedback"))

        let ledger = try Ledger.open(database)
        let processes = (0..<4).map { worker in
            Thread.detachNewThreadWithResult {
                try (0..<Self.commandsPerProcess).map { command in
                    command % 2 == 0
                        ? try cli.run(["metric", "import", "--db", db, "--pilot", pilot, csv])
                        : try cli.run(["feedback", "add", "--db", db, "--pilot", pilot, "--rating", "4", "--category", "workflow",
                                       "--text", "worker \(worker) command \(command)"])
                }
            }
        }
        for index in 0..<Self.inProcessWrites {
            if index % 2 == 0 {
                try ledger.logFeedback(pilot: pilot, FeedbackInput(rating: 3, category: .usability, rawText: "dashboard write \(index)"))
            } else {
                try ledger.recordMeasurement(pilot: pilot, MeasurementInput(metricKey: metric, value: 9, n: 10, day: Day(Date())))
            }
        }
        let results = try processes.flatMap { try $0.value() }
        for result in results {
            #expect(result.succeeded, "exit \(result.status): \(result.stderr)")
            #expect(!result.stderr.lowercased().contains("busy"))
        }
        let imports = 4 * ((Self.commandsPerProcess + 1) / 2)
        let adds = 4 * (Self.commandsPerProcess / 2)
        #expect(try cli.count(db, "measurement") == before.measurements + imports * Self.rowsPerImport + Self.inProcessWrites / 2)
        #expect(try cli.count(db, "feedback") == before.feedback + adds + Self.inProcessWrites / 2)
        #expect(try cli.sqliteValue(db, "SELECT COUNT(*) = MAX(seq) AND MIN(seq) = 1 FROM audit") == "1")
        #expect(try database.verifyAudit().isIntact)
    }
}
