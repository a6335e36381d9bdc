import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Store: feedback tallies")
struct FeedbackTalliesTests {
    @Test("a pilot without feedback tallies to zeros and no average")
    func empty() throws {
        let fixture = try StoreFixture()
        let pilot = try fixture.database.pilot("AMB-FM")
        let tallies = try fixture.database.feedbackTallies(of: pilot.id!)
        #expect(tallies == FeedbackTallies(total: 0, averageRating: nil, ratings: [0, 0, 0, 0, 0], categories: [:], tags: [:], byStage: [:]))
    }

    @Test("ratings, categories, tags and stages are counted per pilot, and only for that pilot")
    func counts() throws {
        let fixture = try StoreFixture()
        let lee = try fixture.as_("lee")
        try lee.createPilot(
            NewPilot(key: "OTHER", name: "Another pilot", ownerLogin: "lee", toolKey: "SCRIBE"),
            playbook: StoreFixture.playbook("ambient-scribe"))
        // At intake: ratings 5, 4, 4 and 1.
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 5, category: .accuracy, tags: [], rawText: "great"))
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .accuracy, tags: [.medication], rawText: "ok"))
        try lee.logFeedback(
            pilot: "AMB-FM", FeedbackInput(rating: 4, category: .omission, tags: [.medication, .symptom], rawText: "missed a symptom"))
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 1, category: .safetyConcern, tags: [.order], rawText: "wrong order"))
        // Another pilot's feedback must not leak into the tally.
        try lee.logFeedback(pilot: "OTHER", FeedbackInput(rating: 2, category: .usability, tags: [.diagnosis], rawText: "slow"))
        // Leadership moves the pilot on (an override: intake is not ready), then two more entries.
        let (_, moved) = try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "test", override: true))
        #expect(moved.stage == .validation)
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 2, category: .workflow, tags: [.other], rawText: "extra clicks"))
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .accuracy, tags: [.medication], rawText: "good"))

        let id = try fixture.database.pilot("AMB-FM").id!
        let tallies = try fixture.database.feedbackTallies(of: id)
        #expect(tallies.total == 6)
        #expect(tallies.ratings == [1, 1, 0, 3, 1])
        #expect(tallies.averageRating == 20.0 / 6.0)
        #expect(tallies.categories == [.accuracy: 3, .omission: 1, .safetyConcern: 1, .workflow: 1])
        #expect(tallies.tags == [.medication: 3, .symptom: 1, .order: 1, .other: 1])
        #expect(tallies.byStage == [.intake: [1, 0, 0, 2, 1], .validation: [0, 1, 0, 1, 0]])
        #expect(tallies.total == (try fixture.database.feedbackCount(of: id)))

        let other = try fixture.database.feedbackTallies(of: try fixture.database.pilot("OTHER").id!)
        #expect(other == FeedbackTallies(total: 1, averageRating: 2, ratings: [0, 1, 0, 0, 0], categories: [.usability: 1], tags: [.diagnosis: 1], byStage: [.intake: [0, 1, 0, 0, 0]]))
    }

    @Test("an unknown pilot id tallies to nothing rather than failing")
    func unknownPilot() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.database.feedbackTallies(of: 9_999).total == 0)
    }

    @Test("a tags cell changed outside Pilotdeck into something not JSON: the tallies stay as logged, and audit verify names the row and the counts")
    func malformedTags() throws {
        let fixture = try StoreFixture()
        let lee = try fixture.as_("lee")
        let (stored, _) = try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 3, category: .usability, tags: [.order], rawText: "fine"))
        try lee.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 5, category: .usability, tags: [.order], rawText: "fine"))
        try fixture.tamper("UPDATE feedback SET tags = 'order;' WHERE id = \(stored.id!)")
        let tallies = try fixture.database.feedbackTallies(of: stored.pilotID)
        #expect(tallies.total == 2 && tallies.tags == [.order: 2] && tallies.averageRating == 4)
        let report = try fixture.database.verifyAudit()
        #expect(report.rowProblems.map(\.id) == [String(stored.id!)])
        #expect(report.sumProblems.contains { $0.hasPrefix("feedback_tag_tally pilot \(stored.pilotID), tag order counts 2 entries, the feedback 1") }, "\(report.sumProblems)")
    }

    @Test("on the demo hospital the SQL tallies agree with counting every pilot's rows in Swift")
    func demoAgrees() throws {
        let seed = try DemoSeed.standard.get()
        var total = 0
        for id in try seed.pilotIDs() {
            let rows = try seed.database.feedback(of: id, limit: 100_000)
            let tallies = try seed.database.feedbackTallies(of: id)
            total += tallies.total
            #expect(tallies.total == rows.count)
            #expect(tallies.ratings == (1...5).map { rating in rows.filter { $0.rating == rating }.count })
            #expect(tallies.categories == Dictionary(grouping: rows, by: \.category).mapValues(\.count))
            #expect(tallies.tags == Dictionary(grouping: rows.flatMap { Set($0.tags) }, by: { $0 }).mapValues(\.count))
            #expect(tallies.byStage == Dictionary(grouping: rows, by: \.stage).mapValues { group in
                (1...5).map { rating in group.filter { $0.rating == rating }.count }
            })
            if rows.isEmpty {
                #expect(tallies.averageRating == nil)
            } else {
                let mean = Double(rows.map(\.rating).reduce(0, +)) / Double(rows.count)
                #expect(abs((tallies.averageRating ?? -1) - mean) < 1e-9)
            }
        }
        #expect(total == seed.summary.feedback)
        #expect(total > 0)
    }

    @Test("every tally query reads only the pilot's rows of the tally tables, by their key", .sqliteFileOnly)
    func indexBacked() throws {
        let fixture = try StoreFixture()
        for sql in [FeedbackTallyTable.ratingsSQL, FeedbackTallyTable.categoriesSQL, FeedbackTallyTable.tagsSQL, FeedbackTallyTable.countSQL] {
            let plan = try fixture.database.sqliteRead { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [1]).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.hasPrefix("SEARCH") && $0.contains("USING PRIMARY KEY (pilot_id=?)") }, "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        }
    }

    /// The fixture's pilot with feedback from Cam: `count` entries of every rating, category and
    /// number of tags, the first two withdrawn.
    static func withFeedback(_ count: Int = 40) throws -> (StoreFixture, pilotID: Int64) {
        let fixture = try StoreFixture()
        try fixture.as_("lee").addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        let cam = try fixture.as_("cam")
        let logged = try cam.logFeedback(pilot: "AMB-FM", (1...count).map { line in
            Numbered(line: line, value: FeedbackInput(
                rating: line % 5 + 1, category: FeedbackCategory.allCases[line % FeedbackCategory.allCases.count],
                tags: Array(EditTag.allCases.suffix(line % 4)), rawText: "draft \(line)"))
        })
        for (entry, _) in logged.prefix(2) { try cam.withdrawFeedback(id: entry.id!) }
        return (fixture, logged[0].0.pilotID)
    }

    @Test("withdrawn feedback leaves the tallies, and the kept counts equal a recount of the rows")
    func withdrawn() throws {
        let (fixture, pilotID) = try Self.withFeedback()
        let rows = try fixture.database.feedback(of: pilotID, limit: 1_000)
        #expect(rows.count == 38)
        let tallies = try fixture.database.feedbackTallies(of: pilotID)
        #expect(tallies.total == 38 && tallies.ratings.reduce(0, +) == 38)
        #expect(tallies.categories == Dictionary(grouping: rows, by: \.category).mapValues(\.count))
        #expect(tallies.tags == Dictionary(grouping: rows.flatMap { Set($0.tags) }, by: { $0 }).mapValues(\.count))
        #expect(try fixture.database.feedbackCount(of: pilotID) == 38)
        #expect(try fixture.database.verifyAudit().sumProblems == [])
    }

    @Test("tallies changed, removed or added outside Pilotdeck are named by audit verify", arguments: [
        ("UPDATE feedback_tally SET n = n + 1 WHERE rating = 3 AND category = 'hallucination'", "feedback_tally pilot 1, rating 3 in hallucination at intake counts 2 entries, the feedback 1"),
        ("DELETE FROM feedback_tag_tally WHERE tag = 'other'", "feedback_tag_tally pilot 1, tag other is missing, the feedback counts "),
        ("INSERT INTO feedback_tag_tally VALUES (1, 'bogus', 4)", "feedback_tag_tally pilot 1, tag bogus counts 4 entries, the feedback 0"),
    ])
    func tampered(sql: String, problem: String) throws {
        let (fixture, _) = try Self.withFeedback()
        #expect(try fixture.database.verifyAudit().isIntact)
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(!report.isIntact && report.rowProblems.isEmpty)
        #expect(report.sumProblems.count == 1 && report.sumProblems.first?.hasPrefix(problem) == true, "\(report.sumProblems)")
    }
}
