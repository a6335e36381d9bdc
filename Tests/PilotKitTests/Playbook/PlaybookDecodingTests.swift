import Foundation
import PilotKit
import Testing

@Suite("Playbook decoding")
struct PlaybookDecodingTests {
    @Test func readsStagesScopeAndGates() throws {
        let playbook = try SamplePlaybook.decode()
        #expect(playbook.stages.map(\.stage) == Stage.allCases)
        #expect(playbook.stages.map(\.cohortCap) == [0, 5, 50, 250, 1000, 5000])
        let micro = playbook.plan(for: .micro)
        #expect(micro.domains == [
            ScopeEntry(domainKey: "encounter-audio", access: .read),
            ScopeEntry(domainKey: "progress-notes", access: .generate),
        ])
        #expect(micro.gate == GatePlan(signoffs: [.itSecurity, .clinical, .privacy], metrics: ["errors"]))
        #expect(playbook.plan(for: .intake) == StagePlan(stage: .intake, cohortCap: 0, domains: [], gate: GatePlan()))
        #expect(playbook.plan(for: .general).domains.contains(ScopeEntry(domainKey: "progress-notes", access: .writeBack)))
    }

    @Test func readsMetricsActionPlanAndRisks() throws {
        let playbook = try SamplePlaybook.decode()
        #expect(playbook.headlineMetric?.key == "errors")
        #expect(playbook.metric("sus") == MetricDefinition(key: "sus", name: "usability", unit: "score", direction: .higher, target: .atLeast(68)))
        #expect(playbook.metric("nps") == nil)
        #expect(playbook.decidedBy == [.leadership])
        #expect(playbook.actionPlan == [
            ActionStep(title: "Turn the tool off", clockHours: 1),
            ActionStep(title: "Notify affected patients", clockHours: 1440, kinds: [.dataBreach]),
        ])
        #expect(playbook.starterRisks == [
            RiskTemplate(title: "Wrong note signed", category: .safety, likelihood: 3, impact: 4, mitigation: "Review before signing.")
        ])
    }

    @Test func leftOutSettingsTakeTheirDefaults() throws {
        let yaml = try SamplePlaybook.editing("decided_by: [leadership]\n", to: "")
        let playbook = try SamplePlaybook.decode(yaml)
        #expect(playbook.decidedBy == [.lead, .leadership])
        #expect(playbook.minSamples == 10)
        #expect(playbook.riskThreshold == 12)
        #expect(playbook.actionPlanReviewDays == 90)
    }

    @Test func givenSettingsOverrideTheDefaults() throws {
        let yaml = try SamplePlaybook.editing(
            "decided_by: [leadership]\n",
            to: "decided_by: [lead]\nmin_samples: 25\nrisk_threshold: 9\naction_plan_review_days: 30\n")
        let playbook = try SamplePlaybook.decode(yaml)
        #expect(playbook.decidedBy == [.lead])
        #expect(playbook.minSamples == 25)
        #expect(playbook.riskThreshold == 9)
        #expect(playbook.actionPlanReviewDays == 30)
    }

    @Test func metricKindsMarginsAndSafeguards() throws {
        let yaml = try SamplePlaybook.editing(
            "    target: \"<= 0\"\n",
            to: "    target: \"<= 0\"\n    action: \"> 0\"\n    action_severity: critical\n")
        let errors = try #require(try SamplePlaybook.decode(yaml).metrics.first)
        #expect(errors.action == .above(0) && errors.actionSeverity == .critical)
        #expect(errors.action?.isCrossed(by: 1) == true && errors.action?.isCrossed(by: 0) == false)
        #expect(errors.statisticalKind == .events && errors.kind == nil)
        let declared = try SamplePlaybook.editing(
            "    unit: score\n    better: higher\n    target: \">= 68\"",
            to: "    unit: score\n    kind: proportion\n    better: higher\n    target: \"not worse\"\n    margin: 2")
        let sus = try #require(try SamplePlaybook.decode(declared).metrics.last)
        #expect(sus.statisticalKind == .proportion && sus.margin == 2 && sus.target == .notWorseThanBaseline)
    }

    @Test func emptyDomainsMeansNone() throws {
        let yaml = try SamplePlaybook.editing("    cohort_cap: 0\n", to: "    cohort_cap: 0\n    domains:\n")
        #expect(try SamplePlaybook.decode(yaml).plan(for: .intake).domains.isEmpty)
    }

    @Test func domainsMustBeInTheGivenCatalogue() throws {
        let catalogue = DataDomain.defaultCatalogue.filter { $0.key != "lab-results" }
        let error = try #require(throws: PlaybookError.self) {
            try Playbook.decode(yaml: SamplePlaybook.yaml, file: SamplePlaybook.file, catalogue: catalogue)
        }
        #expect(error.field == "stages[4].domains.lab-results")
        #expect(error.message.hasPrefix("unknown data domain"))
    }

    @Test func multilineTextKeepsItsLines() throws {
        let yaml = try SamplePlaybook.editing(
            "use_case: Drafts visit notes for review.", to: "use_case: |\n  Drafts visit notes.\n  The clinician signs.")
        #expect(try SamplePlaybook.decode(yaml).useCase == "Drafts visit notes.\nThe clinician signs.")
    }

    @Test func survivesAJSONSnapshot() throws {
        let playbook = try SamplePlaybook.decode()
        let data = try JSONEncoder().encode(playbook)
        #expect(try JSONDecoder().decode(Playbook.self, from: data) == playbook)
    }

    @Test func aStageThePlaybookLacksAllowsNothing() {
        let playbook = Playbook(
            key: "bare", title: "Bare", useCase: "None.", decidedBy: [.lead], metrics: [], stages: [],
            actionPlan: [], starterRisks: [])
        #expect(playbook.plan(for: .general) == StagePlan(stage: .general, cohortCap: 0, domains: [], gate: GatePlan()))
        #expect(playbook.headlineMetric == nil)
    }

    @Test func anActionStepWithoutKindsAppliesToEveryIncident() {
        let always = ActionStep(title: "Turn the tool off")
        let breachOnly = ActionStep(title: "Notify patients", clockHours: 1440, kinds: [.dataBreach])
        #expect(IncidentKind.allCases.allSatisfy(always.applies(to:)))
        #expect(breachOnly.applies(to: .dataBreach))
        #expect(!breachOnly.applies(to: .phishing))
    }
}
