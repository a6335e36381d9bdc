import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Ledger: implausible values")
struct ImplausibleInputTests {
    func record(_ fixture: StoreFixture, _ metric: String, _ value: Double, day: Day = StoreFixture.today) throws {
        try fixture.as_("lee").recordMeasurement(pilot: "AMB-FM", MeasurementInput(metricKey: metric, value: value, n: 10, day: day))
    }

    @Test("a value its unit cannot take is refused naming the field and the range; nothing is written", arguments: [
        ("doc-time", -5.0, "cannot be negative"), ("same-day-closure", 100.5, "give 0 to 100"), ("same-day-closure", -1.0, "give 0 to 100"),
        ("recommend", 11.0, "give 0 to 10"), ("note-quality", -0.1, "cannot be negative"),
    ])
    func valueOutOfRange(metric: String, value: Double, says: String) throws {
        let fixture = try StoreFixture()
        let before = try fixture.auditCount()
        let error = #expect(throws: FieldError.self) { try record(fixture, metric, value) }
        #expect(error?.field == "value")
        #expect(error?.message.contains(says) == true, "\(error?.message ?? "")")
        #expect(try fixture.auditCount() == before)
    }

    @Test("the edges of each range are accepted", arguments: [("doc-time", 0.0), ("same-day-closure", 100.0), ("same-day-closure", 0.0), ("recommend", 10.0)])
    func valueAtEdge(metric: String, value: Double) throws {
        let fixture = try StoreFixture()
        try record(fixture, metric, value)
    }

    @Test("a day more than a year before the pilot started or more than a day after today is refused; the edges pass")
    func dayOutsideLife() throws {
        let fixture = try StoreFixture()
        let started = try fixture.database.pilot("AMB-FM").startedOn
        let before = try fixture.auditCount()
        for day in [started.adding(days: -366), StoreFixture.today.adding(days: 2), try Day(parsing: "1900-01-01", field: "day")] {
            let error = #expect(throws: FieldError.self) { try record(fixture, "doc-time", 10, day: day) }
            #expect(error?.field == "date", "\(day)")
        }
        #expect(try fixture.auditCount() == before)
        try record(fixture, "doc-time", 10, day: started.adding(days: -365))
        try record(fixture, "doc-time", 10, day: StoreFixture.today.adding(days: 1))
        #expect(try fixture.auditCount() == before + 2)
    }

    @Test("a batch with one implausible row names its line and stores none of the batch")
    func batchNamesLine() throws {
        let fixture = try StoreFixture()
        let before = try fixture.auditCount()
        let error = #expect(throws: LineError.self) {
            try fixture.as_("lee").recordMeasurements(pilot: "AMB-FM", [
                Numbered(line: 2, value: MeasurementInput(metricKey: "doc-time", value: 12, n: 10, day: StoreFixture.today)),
                Numbered(line: 3, value: MeasurementInput(metricKey: "same-day-closure", value: 140, n: 10, day: StoreFixture.today)),
            ])
        }
        #expect(error?.description.hasPrefix("line 3: value: 140 %") == true, "\(error?.description ?? "")")
        #expect(try fixture.auditCount() == before)
    }

    @Test("feedback tags are stored once each, in the order first given")
    func tagsDeduplicated() throws {
        let fixture = try StoreFixture()
        let (stored, _) = try fixture.as_("lee").logFeedback(
            pilot: "AMB-FM", FeedbackInput(rating: 3, category: .accuracy, tags: [.order, .medication, .order, .medication, .order], rawText: "x"))
        #expect(stored.tags == [.order, .medication])
        let read = try #require(try fixture.database.feedback(of: try fixture.database.pilot("AMB-FM").id!).first)
        #expect(read.tags == [.order, .medication])
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("more tag entries than there are tags are refused naming the field")
    func tagsCapped() throws {
        #expect(try EditTag.parseList(["order", "order", "symptom"], field: "tag") == [.order, .order, .symptom])
        let error = #expect(throws: FieldError.self) { try EditTag.parseList(Array(repeating: "order", count: 6), field: "tag") }
        #expect(error?.field == "tag")
        #expect(error?.message.contains("at most once") == true)
    }

    @Test("a full disk is one line saying so, without SQL, and the batch writes nothing", .sqliteFileOnly)
    func diskFull() throws {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let before = try fixture.auditCount()
        try fixture.database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let text = String(repeating: "The draft missed the plan. ", count: 250)
        let inputs = (1...40).map { Numbered(line: $0, value: FeedbackInput(rating: 3, category: .workflow, rawText: text)) }
        let error = #expect(throws: StoreError.self) { try fixture.as_("cam").logFeedback(pilot: "AMB-FM", inputs) }
        let message = error?.description ?? ""
        #expect(message.contains("is full") && message.contains("nothing was changed"), "\(message)")
        #expect(!message.contains("\n") && !message.uppercased().contains("INSERT") && !message.uppercased().contains("SELECT"), "\(message)")
        try fixture.database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        #expect(try fixture.auditCount() == before)
    }
}
