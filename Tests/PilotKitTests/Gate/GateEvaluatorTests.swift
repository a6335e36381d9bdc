import Foundation
import Testing
@testable import PilotKit

/// Evidence for a micro-pilot moving to controlled where every criterion is met; each test
/// breaks exactly one thing.
struct ReadyEvidence {
    static let today = try! Day(parsing: "2026-03-02", field: "today")
    static let policy = try! AccountPolicy(organizationDomains: ["riverbend.example"])

    static let playbook = Playbook(
        key: "test", title: "Test", useCase: "testing", decidedBy: [.lead, .leadership],
        metrics: [
            MetricDefinition(key: "doc-time", name: "Documentation time", unit: "min", direction: .lower, target: .percentVsBaseline(-15)),
            MetricDefinition(key: "sus", name: "Usability", unit: "score", direction: .higher, target: .atLeast(68)),
        ],
        stages: [
            StagePlan(stage: .intake, cohortCap: 0, domains: [], gate: GatePlan()),
            StagePlan(stage: .validation, cohortCap: 5, domains: [ScopeEntry(domainKey: "encounter-audio", access: .read)], gate: GatePlan(signoffs: [.itSecurity])),
            StagePlan(stage: .micro, cohortCap: 50, domains: [ScopeEntry(domainKey: "encounter-audio", access: .read)], gate: GatePlan(signoffs: [.clinical])),
            StagePlan(
                stage: .controlled, cohortCap: 250,
                domains: [ScopeEntry(domainKey: "encounter-audio", access: .read), ScopeEntry(domainKey: "progress-notes", access: .generate)],
                gate: GatePlan(signoffs: [.itSecurity, .clinical, .patientAdvocate], metrics: ["doc-time", "sus"])),
            StagePlan(stage: .expansion, cohortCap: 1000, domains: [
                ScopeEntry(domainKey: "encounter-audio", access: .read), ScopeEntry(domainKey: "progress-notes", access: .generate),
                ScopeEntry(domainKey: "behavioral-health", access: .read),
            ], gate: GatePlan(signoffs: [.clinical])),
            StagePlan(stage: .general, cohortCap: 10000, domains: [], gate: GatePlan(signoffs: [.clinical])),
        ],
        actionPlan: [ActionStep(title: "Disable access", clockHours: 1)], starterRisks: [])

    static func signOff(_ login: String, _ discipline: Discipline, _ verdict: SignOffVerdict = .approve) -> SignOff {
        SignOff(pilotID: 1, gate: .controlled, reviewerLogin: login, discipline: discipline, verdict: verdict, note: "", signedAt: today.date)
    }

    /// A metric measured once at the micro-pilot (and once before, as its baseline), as the store
    /// would summarize it.
    static func measured(
        _ definition: MetricDefinition, value: Double, sd: Double?, n: Int, baseline: (value: Double, sd: Double, n: Int)? = nil
    ) -> MetricSummary {
        var rows = [MetricMeasurement(pilotID: 1, metricKey: definition.key, value: value, n: n, day: today, stage: .micro, sd: sd)]
        if let baseline {
            rows.append(MetricMeasurement(
                pilotID: 1, metricKey: definition.key, value: baseline.value, n: baseline.n, day: today.adding(days: -50), stage: .intake,
                isBaseline: true, sd: baseline.sd))
        }
        return MetricSummary.summarize(definition, measurements: rows, stage: .micro)
    }

    static func make() -> GateEvidence {
        let pilot = Pilot(
            id: 1, key: "AMB-FM", name: "Ambient", problem: "p", successCriteria: "s", playbook: "test", useCase: "u",
            ownerLogin: "lee", toolKey: "SCRIBE", stage: .micro, startedOn: today.adding(days: -60),
            actionPlanReviewedOn: today.adding(days: -10))
        let tool = Tool(
            key: "SCRIBE", name: "Scribe", vendor: "Acme", model: "m", version: "1", hosting: .vendorSaaS, baaSigned: true,
            noTrainingClause: true, retentionDays: 30, vetting: .approved)
        return GateEvidence(
            pilot: pilot, playbook: playbook, tool: tool,
            accounts: [GateEvidence.Account(login: "cam", email: "cam@riverbend.example", kind: .organizationSSO)],
            accountPolicy: policy, scope: [ScopeEntry(domainKey: "encounter-audio", access: .read)],
            catalogue: DataDomain.defaultCatalogue,
            metrics: [
                measured(playbook.metrics[0], value: 7.5, sd: 1.5, n: 40, baseline: (10, 1.5, 40)),
                measured(playbook.metrics[1], value: 75, sd: 8, n: 30),
            ],
            incidents: [], risks: [],
            signOffs: [signOff("sec", .itSecurity), signOff("doc", .clinical), signOff("adv", .patientAdvocate)],
            today: today)
    }
}

@Suite("Gate evaluator")
struct GateEvaluatorTests {
    func criterion(_ evidence: GateEvidence, _ name: String) -> GateCriterion? {
        GateEvaluator.evaluate(evidence).criteria.first { $0.name == name }
    }

    @Test("all criteria met makes the gate ready")
    func ready() {
        let readiness = GateEvaluator.evaluate(ReadyEvidence.make())
        #expect(readiness.ready, "\(readiness.unmet)")
        #expect(readiness.to == .controlled)
        #expect(!readiness.blocked)
    }

    @Test("a metric whose whole interval misses the target is unmet, with the numbers")
    func metricUnmet() {
        var evidence = ReadyEvidence.make()
        // Welch: difference -0.5, 95% -1.17 to 0.17; -15% of 10 needs the whole of it <= -1.5.
        evidence.metrics[0] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[0], value: 9.5, sd: 1.5, n: 40, baseline: (10, 1.5, 40))
        let c = criterion(evidence, "metric doc-time")
        #expect(c?.status == .unmet)
        #expect(c?.detail.contains("9.5 min (95% 9.02 to 9.98)") == true, "\(c?.detail ?? "")")
        #expect(c?.detail.contains("baseline 10 min, difference 95% -1.17 to +0.168, needs <= -1.5") == true, "\(c?.detail ?? "")")
        #expect(!GateEvaluator.evaluate(evidence).ready)
    }

    @Test("an interval astride the target is inconclusive, never met, and says how many more samples would decide it")
    func metricInconclusive() {
        var evidence = ReadyEvidence.make()
        // 70 ± t(0.975, 29)·8/√30 is 67.01 to 72.99: astride 68. At the same mean and sd, n = 64 is the
        // first whose lower bound clears 68 (70 − t(0.975, 63)·8/8 = 68.002; n = 63 gives 67.985), so 34 more.
        evidence.metrics[1] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[1], value: 70, sd: 8, n: 30)
        let c = criterion(evidence, "metric sus")
        #expect(c?.status == .inconclusive)
        #expect(c?.detail.hasSuffix("n=30, inconclusive: about 34 more samples") == true, "\(c?.detail ?? "")")
        #expect(!GateEvaluator.evaluate(evidence).ready)
        #expect(GateEvaluator.evaluate(evidence).unmet.map(\.name) == ["metric sus"])
    }

    @Test("a mean without a standard deviation is insufficient: its interval is unknown")
    func metricWithoutSD() {
        var evidence = ReadyEvidence.make()
        evidence.metrics[1] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[1], value: 75, sd: nil, n: 30)
        let c = criterion(evidence, "metric sus")
        #expect(c?.status == .insufficient)
        #expect(c?.detail.contains("no standard deviation recorded") == true, "\(c?.detail ?? "")")
    }

    @Test("too few samples is insufficient evidence, never met")
    func metricInsufficient() {
        var evidence = ReadyEvidence.make()
        evidence.metrics[1] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[1], value: 75, sd: 8, n: 9)
        #expect(criterion(evidence, "metric sus")?.status == .insufficient)
        #expect(criterion(evidence, "metric sus")?.detail.hasSuffix("9 samples; at least 10 needed") == true)
        #expect(!GateEvaluator.evaluate(evidence).ready)
        // 75 ± t(0.975, 9)·8/√10 = 69.28 to 80.72: all of it >= 68.
        evidence.metrics[1] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[1], value: 75, sd: 8, n: 10)
        #expect(criterion(evidence, "metric sus")?.status == .met)
    }

    @Test("a zero-tolerance count shows its exact bound, met or not")
    func zeroTolerance() {
        let errors = MetricDefinition(key: "errors", name: "Errors", unit: "count", direction: .lower, target: .atMost(0))
        // proportion_confint(0, 141, method="beta") = (0, 0.02581)
        let clean = ReadyEvidence.measured(errors, value: 0, sd: nil, n: 141)
        let cleanDetail = GateEvaluator.detail(clean, clean.judgement(minSamples: 10))
        #expect(cleanDetail == "0 of 141; at most 2.6% (95%), target <= 0, n=141", "\(cleanDetail)")
        let one = ReadyEvidence.measured(errors, value: 1, sd: nil, n: 141)
        #expect(one.judgement(minSamples: 10).status == .notMet)
        // proportion_confint(1, 141, method="beta") = (0.0001796, 0.03886)
        #expect(GateEvaluator.detail(one, one.judgement(minSamples: 10)).hasPrefix("1 of 141; at most 3.9% (95%)"))
    }

    @Test("a relative target without a baseline is insufficient")
    func metricWithoutBaseline() {
        var evidence = ReadyEvidence.make()
        evidence.metrics[0] = ReadyEvidence.measured(ReadyEvidence.playbook.metrics[0], value: 7.5, sd: 1.5, n: 40)
        #expect(criterion(evidence, "metric doc-time")?.status == .insufficient)
        #expect(criterion(evidence, "metric doc-time")?.detail.contains("no baseline") == true)
    }

    @Test("a gate metric never measured is insufficient")
    func metricMissing() {
        var evidence = ReadyEvidence.make()
        evidence.metrics.removeFirst()
        #expect(criterion(evidence, "metric doc-time")?.status == .insufficient)
    }

    @Test("tool vetting: approved or with conditions passes; pending or rejected does not", arguments: [
        (VettingStatus.approved, CriterionStatus.met), (.approvedWithConditions, .met), (.pending, .unmet), (.rejected, .unmet),
    ])
    func vetting(status: VettingStatus, expected: CriterionStatus) {
        var evidence = ReadyEvidence.make()
        evidence.tool.vetting = status
        #expect(criterion(evidence, "tool vetting")?.status == expected)
    }

    @Test("a public consumer service fails hosting")
    func hosting() {
        var evidence = ReadyEvidence.make()
        #expect(criterion(evidence, "tool hosting")?.status == .met)
        evidence.tool.hosting = .publicConsumer
        #expect(criterion(evidence, "tool hosting")?.status == .unmet)
    }

    @Test("a vendor without a no-training clause or BAA fails the contract; private hosting waives it")
    func contract() {
        var evidence = ReadyEvidence.make()
        #expect(criterion(evidence, "tool contract")?.status == .met)
        evidence.tool.noTrainingClause = false
        #expect(criterion(evidence, "tool contract")?.status == .unmet)
        #expect(criterion(evidence, "tool contract")?.detail.contains("no-training") == true)
        evidence.tool.noTrainingClause = true
        evidence.tool.baaSigned = false
        #expect(criterion(evidence, "tool contract")?.status == .unmet)
        evidence.tool.hosting = .onPremises
        #expect(criterion(evidence, "tool contract")?.status == .waived)
    }

    @Test("a personal account or a personal e-mail fails the accounts rule")
    func accounts() {
        var evidence = ReadyEvidence.make()
        evidence.accounts.append(.init(login: "pat", email: "pat@riverbend.example", kind: .personal))
        #expect(criterion(evidence, "organization accounts")?.status == .unmet)
        #expect(criterion(evidence, "organization accounts")?.detail.contains("pat") == true)
        evidence.accounts[1] = .init(login: "pat", email: "pat@gmail.com", kind: .organizationSSO)
        #expect(criterion(evidence, "organization accounts")?.status == .unmet)
    }

    @Test("scope beyond what the next stage allows is unmet; the domains the next stage adds are named")
    func scope() {
        var evidence = ReadyEvidence.make()
        #expect(criterion(evidence, "data scope")?.detail.contains("progress-notes") == true)
        evidence.scope.append(ScopeEntry(domainKey: "lab-results", access: .read))
        #expect(criterion(evidence, "data scope")?.status == .unmet)
        #expect(criterion(evidence, "data scope")?.detail.contains("lab-results") == true)
    }

    @Test("a restricted domain added by the next stage needs a privacy sign-off")
    func restricted() {
        var evidence = ReadyEvidence.make()
        #expect(criterion(evidence, "restricted domains")?.status == .waived)
        evidence.pilot.stage = .controlled
        evidence.signOffs = [ReadyEvidence.signOff("doc", .clinical)]
        #expect(criterion(evidence, "restricted domains")?.status == .unmet)
        evidence.signOffs.append(ReadyEvidence.signOff("pri", .privacy))
        #expect(criterion(evidence, "restricted domains")?.status == .met)
    }

    @Test("an open high or critical incident is unmet and blocks; a closed or low one does not")
    func incidents() {
        var evidence = ReadyEvidence.make()
        var incident = Incident(id: 7, pilotID: 1, severity: .low, kind: .unsafeOutput, summary: "x", openedAt: ReadyEvidence.today.date, openedBy: "cam")
        evidence.incidents = [incident]
        #expect(criterion(evidence, "open incidents")?.status == .met)
        incident.severity = .critical
        evidence.incidents = [incident]
        #expect(criterion(evidence, "open incidents")?.status == .unmet)
        #expect(GateEvaluator.evaluate(evidence).blocked)
        incident.status = .closed
        evidence.incidents = [incident]
        #expect(criterion(evidence, "open incidents")?.status == .met)
    }

    @Test("an open risk above the threshold needs a mitigation")
    func risks() {
        var evidence = ReadyEvidence.make()
        var risk = Risk(id: 3, pilotID: 1, title: "Wrong patient", category: .safety, likelihood: 4, impact: 4, mitigation: "", ownerLogin: "lee")
        evidence.risks = [risk]
        #expect(criterion(evidence, "risks")?.status == .unmet)
        risk.mitigation = "second-person check"
        evidence.risks = [risk]
        #expect(criterion(evidence, "risks")?.status == .met)
        risk.mitigation = ""
        risk.likelihood = 3
        evidence.risks = [risk]
        #expect(criterion(evidence, "risks")?.status == .met)
    }

    @Test("the action plan must be reviewed within the playbook's period")
    func actionPlan() {
        var evidence = ReadyEvidence.make()
        evidence.pilot.actionPlanReviewedOn = ReadyEvidence.today.adding(days: -91)
        #expect(criterion(evidence, "action plan")?.status == .unmet)
        evidence.pilot.actionPlanReviewedOn = nil
        #expect(criterion(evidence, "action plan")?.status == .unmet)
        evidence.pilot.actionPlanReviewedOn = ReadyEvidence.today.adding(days: -90)
        #expect(criterion(evidence, "action plan")?.status == .met)
    }

    @Test("the quorum needs each discipline from a distinct reviewer; dissent is shown")
    func signOffs() {
        var evidence = ReadyEvidence.make()
        evidence.signOffs.removeLast()
        #expect(criterion(evidence, "sign-offs")?.status == .unmet)
        #expect(criterion(evidence, "sign-offs")?.detail.contains("missing patient-advocate") == true)
        evidence.signOffs.append(ReadyEvidence.signOff("adv", .patientAdvocate, .dissent))
        #expect(criterion(evidence, "sign-offs")?.detail.contains("dissent by adv") == true)
        #expect(criterion(evidence, "sign-offs")?.status == .unmet)
        evidence.signOffs.append(ReadyEvidence.signOff("adv2", .patientAdvocate))
        #expect(criterion(evidence, "sign-offs")?.status == .met)
    }

    @Test("a paused pilot is blocked")
    func paused() {
        var evidence = ReadyEvidence.make()
        evidence.pilot.status = .paused
        let readiness = GateEvaluator.evaluate(evidence)
        #expect(readiness.blocked)
        #expect(!readiness.ready)
        #expect(readiness.unmet.contains { $0.name == "pilot status" })
    }

    @Test("general use has no further gate")
    func general() {
        var evidence = ReadyEvidence.make()
        evidence.pilot.stage = .general
        let readiness = GateEvaluator.evaluate(evidence)
        #expect(readiness.to == nil)
        #expect(!readiness.ready)
    }

    @Test("readiness JSON carries name, status, detail and ready")
    func json() throws {
        let data = try JSONEncoder().encode(GateEvaluator.evaluate(ReadyEvidence.make()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["ready"] as? Bool == true)
        let first = try #require((object["criteria"] as? [[String: Any]])?.first)
        #expect(first["name"] != nil && first["status"] != nil && first["detail"] != nil)
    }
}
