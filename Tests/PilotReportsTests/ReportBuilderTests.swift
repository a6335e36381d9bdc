import Foundation
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing
@testable import PilotReports

/// A small database seeded through the Ledger: a pilot taken through one gate, with scope,
/// measurements, feedback, an incident and its starter risks.
struct SeededDatabase {
    static let now = ReportFixtures.at("2026-03-02")
    static let playbook = try! Playbook.loadAll(in: PackageRoot.playbooks).first { $0.key == "ambient-scribe" }!

    let database: PilotDatabase

    init() throws {
        database = try PilotDatabase(path: TestDatabase.newLocation(), mode: .create)
        let clock = Clock.fixed(Self.now)
        let admin = try Ledger.initialize(
            database, organizationDomains: ["riverbend.example"],
            admin: Person(login: "ada", name: "Ada Admin", email: "ada@riverbend.example", department: "IT", roles: [.admin]),
            clock: clock)
        for person in [
            Person(login: "lee", name: "Lee Lead", email: "lee@riverbend.example", department: "Family medicine", roles: [.lead]),
            Person(login: "cam", name: "Cam Clinician", email: "cam@riverbend.example", department: "Family medicine", roles: [.clinician]),
            Person(login: "lia", name: "Lia Leadership", email: "lia@riverbend.example", department: "Executive", roles: [.leadership]),
            Person(login: "sec", name: "Sam Security", email: "sec@riverbend.example", department: "IT", roles: [.reviewer], discipline: .itSecurity),
            Person(login: "doc", name: "Dee Clinical", email: "doc@riverbend.example", department: "Medicine", roles: [.reviewer], discipline: .clinical),
            Person(login: "pri", name: "Pat Privacy", email: "pri@riverbend.example", department: "Compliance", roles: [.reviewer], discipline: .privacy),
        ] {
            try admin.addPerson(person)
        }
        func as_(_ login: String) throws -> Ledger {
            Ledger(database: database, actor: try database.person(login), osLogin: "tester", clock: clock)
        }
        let lead = try as_("lee")
        try lead.addTool(
            Tool(key: "SCRIBE", name: "Scribe", vendor: "Acme AI", model: "scribe", version: "1.0", hosting: .privateCloud,
                 baaSigned: true, noTrainingClause: true, retentionDays: 30))
        try as_("sec").reviewTool(key: "SCRIBE", verdict: .approved, notes: "pen test passed")
        try lead.createPilot(
            NewPilot(
                key: "AMB-FM", name: "Ambient scribe, family medicine", problem: "Notes take too long.",
                successCriteria: "Documentation time -15%.", ownerLogin: "lee", toolKey: "SCRIBE"),
            playbook: Self.playbook)
        try lead.reviewActionPlan(pilot: "AMB-FM")
        try lead.addParticipant(pilot: "AMB-FM", login: "cam", account: .organizationSSO)
        for reviewer in ["sec", "doc", "pri"] { try as_(reviewer).signOff(pilot: "AMB-FM", verdict: .approve, note: "fine") }
        try as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .go, rationale: "Vetted; start silent validation."))
        try lead.addScope(pilot: "AMB-FM", domain: "encounter-audio", access: .read)
        try lead.recordMeasurements(
            pilot: "AMB-FM",
            [
                Numbered(line: 1, value: MeasurementInput(metricKey: "doc-time", value: 14, n: 40, day: ReportFixtures.day("2026-02-01"), isBaseline: true, sd: 1.5)),
                Numbered(line: 2, value: MeasurementInput(metricKey: "doc-time", value: 12, n: 10, day: ReportFixtures.day("2026-02-20"), sd: 1.5)),
                Numbered(line: 3, value: MeasurementInput(metricKey: "doc-time", value: 11, n: 30, day: ReportFixtures.day("2026-02-27"), sd: 1)),
            ])
        let clinician = try as_("cam")
        try clinician.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 4, category: .accuracy, tags: [.medication], rawText: "Good, but SSN 123-45-6789 was read out."))
        try clinician.logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 2, category: .omission, rawText: "Missed the plan."))
        try lead.openIncident(pilot: "AMB-FM", severity: .medium, kind: .unsafeOutput, summary: "Wrong side in a draft.")
    }
}

@Suite("Report builder")
struct ReportBuilderTests {
    @Test("a stage report carries the audit head at export time and the pilot's evidence")
    func stageReport() throws {
        let seeded = try SeededDatabase()
        let report = try ReportBuilder.stageReport(database: seeded.database, pilot: "AMB-FM", generatedAt: SeededDatabase.now)
        let head = try seeded.database.auditHead()
        #expect(report.fingerprint.auditSeq == head.seq)
        #expect(report.fingerprint.auditHash == head.hash)
        #expect(report.fingerprint.anchor == head.description)
        #expect(report.fingerprint.generatedAt == SeededDatabase.now)

        #expect(report.pilot.stage == .validation)
        #expect(report.timeline.map(\.stage) == [.intake, .validation])
        #expect(report.timeline.map(\.decision) == [nil, .go])
        #expect(report.decisions.count == 1)
        #expect(report.decisions[0].signOffs.map(\.discipline).sorted { $0.rawValue < $1.rawValue } == [.clinical, .itSecurity, .privacy])
        #expect(report.decisions[0].evidence?.ready == true)
        #expect(report.cohort == Cohort(size: 5, cap: 5, participants: 1, personalAccounts: 0, sites: []))
        #expect(report.exposure.domains.map(\.key) == ["encounter-audio"])
        #expect(report.exposure.levels.first { $0.sensitivity == .high }?.inScope == 1)

        let docTime = try #require(report.metrics.first { $0.key == "doc-time" })
        #expect(docTime.value == 11.25)
        #expect(docTime.n == 40)
        #expect(docTime.baseline == 14)
        #expect(docTime.trend == [12, 11])
        #expect(docTime.threshold == 11.9)
        #expect(docTime.status == .met)
        // Pooled sd √((9·1.5² + 29·1² + 10·0.75² + 30·0.25²) / 39) = 1.20629; 11.25 ± t·sd/√40 with
        // scipy.stats.t.ppf(0.975, 39) = 2.0226909 gives (10.864211, 11.635789).
        let interval = try #require(docTime.interval)
        #expect(abs(interval.low - 10.864211) < 1e-5 && abs(interval.high - 11.635789) < 1e-5, "\(interval)")
        #expect(try #require(docTime.difference).high < -2.1)
        #expect(report.metrics.count == SeededDatabase.playbook.metrics.count)

        #expect(report.readiness.from == .validation && report.readiness.to == .micro)
        #expect(report.readiness.total == report.readiness.criteria.count)
        #expect(report.feedback.total == 2 && report.feedback.summarized == 2)
        #expect(report.feedback.ratings.map(\.count) == [0, 1, 0, 1, 0])
        #expect(report.feedback.averageRating == 3)
        #expect(report.feedback.tags.first { $0.key == .medication }?.count == 1)
        #expect(report.feedback.comments.map(\.category) == [.accuracy, .omission])
        #expect(report.feedback.comments[0].text.contains("[SSN]"))
        #expect(!report.feedback.comments[0].text.contains("123-45-6789"))
        #expect(report.incidents.map(\.severity) == [.medium])
        #expect(report.incidents[0].stepsTotal == SeededDatabase.playbook.actionPlan.count)
        #expect(report.risks.entries.count == SeededDatabase.playbook.starterRisks.count)
        #expect(report.risks.heatMap.joined().reduce(0, +) == SeededDatabase.playbook.starterRisks.count)
        #expect(report.risks.entries.map(\.score) == report.risks.entries.map(\.score).sorted(by: >))
    }

    @Test("a portfolio report lists every pilot with the same audit head")
    func portfolioReport() throws {
        let seeded = try SeededDatabase()
        let report = try ReportBuilder.portfolioReport(database: seeded.database, generatedAt: SeededDatabase.now)
        let head = try seeded.database.auditHead()
        #expect(report.fingerprint.anchor == head.description)
        let entry = try #require(report.pilots.first)
        #expect(report.pilots.map(\.key) == ["AMB-FM"])
        #expect(entry.stage == .validation)
        #expect(entry.openIncidents == 1 && entry.highestOpenSeverity == .medium)
        #expect(entry.openRisks == SeededDatabase.playbook.starterRisks.count)
        #expect(entry.highestOpenRiskScore == 15)
        #expect(entry.headline?.key == "doc-time")
        #expect(entry.headline?.value == 11.25)
        #expect(report.pipeline.first { $0.stage == .validation }?.total == 1)
    }

    @Test("reports built from a database validate against the schema in JSON and render in every format")
    func builtReportsRender() throws {
        let seeded = try SeededDatabase()
        let stage = try ReportBuilder.stageReport(database: seeded.database, pilot: "AMB-FM", generatedAt: SeededDatabase.now)
        let portfolio = try ReportBuilder.portfolioReport(database: seeded.database, generatedAt: SeededDatabase.now)
        let validator = try SchemaTests.validator()
        #expect(validator.errors(try JSONValue.parse(render(stage, as: .json)), against: validator.root) == [])
        #expect(validator.errors(try JSONValue.parse(render(portfolio, as: .json)), against: validator.root) == [])
        try HTMLStructure.check(render(stage, as: .html))
        try HTMLStructure.check(render(portfolio, as: .html))
        #expect(try CSVReader.parse(render(stage, as: .csv)).allSatisfy { $0.count == 5 })
        #expect(render(stage, as: .markdown).hasPrefix("# Stage report: AMB-FM"))
    }

    @Test("a database that changes during every read is refused rather than fingerprinted wrongly")
    func keptChanging() throws {
        let seeded = try SeededDatabase()
        let lead = Ledger(database: seeded.database, actor: try seeded.database.person("lee"), osLogin: "tester", clock: .fixed(SeededDatabase.now))
        var reads = 0
        #expect(throws: ReportError.databaseKeptChanging(attempts: ReportBuilder.attempts)) {
            try ReportBuilder.consistent(seeded.database, generatedAt: SeededDatabase.now) { _ in
                reads += 1
                try lead.addRisk(pilot: "AMB-FM", title: "Risk \(reads)", category: .operational, likelihood: 1, impact: 1, mitigation: "", owner: nil)
            }
        }
        #expect(reads == ReportBuilder.attempts)
    }
}
