import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

/// Feedback and measurements are inserted column by column through `BoundInsert`; what GRDB reads
/// back must be what was written, and its audit entry must match the row.
@Suite("Bulk inserts")
struct BulkInsertTests {
    @Test("feedback with tags, redactions, quotes and non-ASCII text reads back as it was logged")
    func feedback() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let inputs = [
            FeedbackInput(rating: 5, category: .accuracy, tags: [.medication, .other], rawText: "Call 555-201-4477 \"today\" — ça va 🩺"),
            FeedbackInput(rating: 1, category: .safetyConcern, rawText: ""),
        ]
        let logged = try fixture.as_("cam").logFeedback(pilot: "AMB-FM", inputs.enumerated().map { Numbered(line: $0 + 1, value: $1) })
        let pilot = try fixture.database.pilot("AMB-FM")
        let read = try fixture.database.feedback(of: pilot.id!).sorted { $0.id! < $1.id! }
        #expect(read == logged.map(\.0))
        #expect(read.first?.redactedKinds.isEmpty == false)
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("measurements, baseline or not, read back as they were recorded")
    func measurements() throws {
        let fixture = try StoreFixture()
        let recorded = try fixture.as_("lee").recordMeasurements(pilot: "AMB-FM", [
            Numbered(line: 1, value: MeasurementInput(metricKey: "doc-time", value: 0.1, n: 12, day: StoreFixture.today, isBaseline: true)),
            Numbered(line: 2, value: MeasurementInput(metricKey: "note-quality", value: 1e-7, n: 1, day: StoreFixture.today.adding(days: -365))),
        ])
        let pilot = try fixture.database.pilot("AMB-FM")
        #expect(try fixture.database.measurements(of: pilot.id!).sorted { $0.id! < $1.id! } == recorded)
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("a row the database refuses rolls the batch back, and the next write still goes through", .sqliteFileOnly)
    func refused() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let cam = try fixture.as_("cam")
        try fixture.tamper("PRAGMA foreign_keys = OFF; DELETE FROM person WHERE login = 'cam';")
        let before = try fixture.auditCount()
        #expect(throws: (any Error).self) {
            try cam.logFeedback(pilot: "AMB-FM", [
                Numbered(line: 1, value: FeedbackInput(rating: 3, category: .workflow, rawText: "first")),
                Numbered(line: 2, value: FeedbackInput(rating: 4, category: .workflow, rawText: "second")),
            ])
        }
        #expect(try fixture.auditCount() == before)
        try fixture.as_("lee").logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .usability, rawText: "fine"))
        #expect(try fixture.auditCount() == before + 1)
    }

    @Test("a batch refused far into its rows writes nothing, and the next writes go through")
    func refusedLate() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let cam = try fixture.as_("cam")
        let before = try fixture.auditCount()
        // Thousands of rows and entries held (on PostgreSQL, for COPY) when the refused row comes.
        let inputs = (1...3_000).map { line in
            Numbered(line: line, value: FeedbackInput(rating: line == 2_900 ? 9 : 4, category: .workflow, rawText: "note \(line) " + String(repeating: "x", count: 200)))
        }
        #expect { try cam.logFeedback(pilot: "AMB-FM", inputs) } throws: { "\($0)".contains("2900") }
        #expect(try fixture.auditCount() == before)
        #expect(try fixture.database.feedbackCount(of: try fixture.database.pilot("AMB-FM").id!) == 0)
        for _ in 0..<3 { try cam.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .usability, rawText: "fine")) }
        #expect(try fixture.auditCount() == before + 3)
        #expect(try fixture.database.verifyAudit().isIntact)
    }
}
