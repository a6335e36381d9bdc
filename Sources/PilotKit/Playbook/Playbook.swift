import Foundation

/// How one use case is rolled out: the stages with their cohort caps, scope and gates, the metrics
/// and targets, the incident action plan and the risks to start the register with. Read from a
/// human-edited file in `Pilots/`; a pilot keeps a JSON snapshot of the playbook it was started on.
public struct Playbook: Codable, Equatable, Hashable, Sendable {
    /// The file name without `.yaml`, lowercase and dashed (`ambient-scribe`).
    public var key: String
    public var title: String
    /// What the tool does and for whom; copied into each new pilot.
    public var useCase: String
    /// Who may record gate decisions for pilots on this playbook.
    public var decidedBy: [Role]
    /// Measurements behind a figure below this count are flagged as too few to trust.
    public var minSamples: Int
    /// An open risk scoring above this needs a mitigation before a gate passes.
    public var riskThreshold: Int
    /// How often a pilot's action plan must be re-read, in days.
    public var actionPlanReviewDays: Int
    /// How often a pilot in general use is reviewed, by risk tier.
    public var reviewDays: ReviewDays
    public var metrics: [MetricDefinition]
    /// One plan per stage, in stage order.
    public var stages: [StagePlan]
    /// Steps to work through when an incident is opened, in order.
    public var actionPlan: [ActionStep]
    public var starterRisks: [RiskTemplate]

    public static let defaultMinSamples = 10
    public static let defaultRiskThreshold = 12
    public static let defaultActionPlanReviewDays = 90

    /// Builds a playbook as given; `decode(yaml:file:catalogue:)` is the validating way in.
    public init(
        key: String, title: String, useCase: String, decidedBy: [Role],
        minSamples: Int = defaultMinSamples, riskThreshold: Int = defaultRiskThreshold,
        actionPlanReviewDays: Int = defaultActionPlanReviewDays, reviewDays: ReviewDays = .standard, metrics: [MetricDefinition],
        stages: [StagePlan], actionPlan: [ActionStep], starterRisks: [RiskTemplate]
    ) {
        self.key = key
        self.title = title
        self.useCase = useCase
        self.decidedBy = decidedBy
        self.minSamples = minSamples
        self.riskThreshold = riskThreshold
        self.actionPlanReviewDays = actionPlanReviewDays
        self.reviewDays = reviewDays
        self.metrics = metrics
        self.stages = stages
        self.actionPlan = actionPlan
        self.starterRisks = starterRisks
    }

    /// Reads a stored playbook; one stored before `reviewDays` existed reviews on the standard days.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        title = try c.decode(String.self, forKey: .title)
        useCase = try c.decode(String.self, forKey: .useCase)
        decidedBy = try c.decode([Role].self, forKey: .decidedBy)
        minSamples = try c.decode(Int.self, forKey: .minSamples)
        riskThreshold = try c.decode(Int.self, forKey: .riskThreshold)
        actionPlanReviewDays = try c.decode(Int.self, forKey: .actionPlanReviewDays)
        reviewDays = try c.decodeIfPresent(ReviewDays.self, forKey: .reviewDays) ?? .standard
        metrics = try c.decode([MetricDefinition].self, forKey: .metrics)
        stages = try c.decode([StagePlan].self, forKey: .stages)
        actionPlan = try c.decode([ActionStep].self, forKey: .actionPlan)
        starterRisks = try c.decode([RiskTemplate].self, forKey: .starterRisks)
    }

    /// The plan for a stage; a stage the playbook lacks allows no one and no data.
    public func plan(for stage: Stage) -> StagePlan {
        stages.first { $0.stage == stage } ?? StagePlan(stage: stage, cohortCap: 0, domains: [], gate: GatePlan())
    }

    public func metric(_ key: String) -> MetricDefinition? {
        metrics.first { $0.key == key }
    }

    /// The metric a pilot is summarized by in lists: the first one the playbook defines.
    public var headlineMetric: MetricDefinition? { metrics.first }
}
