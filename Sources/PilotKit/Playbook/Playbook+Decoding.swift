import Foundation

extension Playbook {
    static let playbookFields = [
        "key", "title", "use_case", "decided_by", "min_samples", "risk_threshold",
        "action_plan_review_days", "review_days", "metrics", "stages", "action_plan", "starter_risks",
    ]

    /// Reads and validates a playbook file's text. `file` is the path shown in refusals, and its
    /// name without `.yaml` must equal the playbook's `key`; `catalogue` holds the data domains
    /// stages may allow. Throws `PlaybookError` naming the line and field of the first problem.
    public static func decode(
        yaml: String, file: String, catalogue: [DataDomain] = DataDomain.defaultCatalogue
    ) throws -> Playbook {
        let fields = try PlaybookNode.root(yaml: yaml, file: file).fields(playbookFields)

        let keyNode = try fields.required("key")
        let key = try keyNode.identifier()
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        let fileKey = fileName.hasSuffix(".yaml") ? String(fileName.dropLast(5)) : fileName
        if key != fileKey {
            throw keyNode.error("'\(key)' does not match the file name '\(fileKey).yaml'; rename one so they agree")
        }
        let title = try fields.required("title").requiredText(max: 120)
        let useCase = try fields.required("use_case").requiredText(max: 4000, multiline: true)
        let decidedBy = try fields.optional("decided_by")?.list(atLeastOne: "name lead, leadership or both") { item in
            let role = try item.label(Role.self)
            if !Permission.decide.allowedRoles.contains(role) {
                throw item.error("'\(role.rawValue)' may not record gate decisions; use \(Permission.decide.allowedRoles.map(\.rawValue).joined(separator: " or "))")
            }
            return role
        }
        let minSamples = try fields.optional("min_samples")?.wholeNumber(in: 1...100_000)
        let riskThreshold = try fields.optional("risk_threshold")?.wholeNumber(in: 1...25)
        let reviewDays = try fields.optional("action_plan_review_days")?.wholeNumber(in: 1...365)
        let generalUseReviews = try fields.optional("review_days").map(Self.reviewDays)

        let metrics = try Self.metrics(fields.required("metrics"))
        let stages = try StagePlan.playbookStages(fields.required("stages"), metrics: metrics, catalogue: catalogue)
        let actionPlan = try fields.required("action_plan").list(
            atLeastOne: "list the steps to contain an incident (rule 2), e.g. '- step: Disable the tool's access'"
        ) { try ActionStep(playbook: $0) }
        let starterRisks = try fields.optional("starter_risks")?.list { try RiskTemplate(playbook: $0) }

        return Playbook(
            key: key, title: title, useCase: useCase,
            decidedBy: decidedBy ?? Permission.decide.allowedRoles,
            minSamples: minSamples ?? defaultMinSamples,
            riskThreshold: riskThreshold ?? defaultRiskThreshold,
            actionPlanReviewDays: reviewDays ?? defaultActionPlanReviewDays,
            reviewDays: generalUseReviews ?? .standard, metrics: metrics, stages: stages, actionPlan: actionPlan, starterRisks: starterRisks ?? [])
    }

    /// Reads `review_days` (`low`, `medium`, `high`; each left out keeps its standard days): a
    /// riskier tier may not wait longer than a safer one.
    private static func reviewDays(_ node: PlaybookNode) throws -> ReviewDays {
        let tiers = try node.fields(RiskTier.labels)
        func days(_ tier: RiskTier) throws -> Int {
            try tiers.optional(tier.rawValue)?.wholeNumber(in: 1...3650) ?? ReviewDays.standard.days(for: tier)
        }
        let days = ReviewDays(low: try days(.low), medium: try days(.medium), high: try days(.high))
        if days.high > days.medium || days.medium > days.low {
            throw node.error("high \(days.high), medium \(days.medium), low \(days.low): a riskier pilot is reviewed sooner; give high <= medium <= low")
        }
        return days
    }

    /// Reads `metrics`: at least one, since the first is the headline, and each key once.
    private static func metrics(_ node: PlaybookNode) throws -> [MetricDefinition] {
        var metrics: [MetricDefinition] = []
        for item in try node.items() {
            metrics.append(try MetricDefinition(playbook: item, after: metrics))
        }
        if metrics.isEmpty { throw node.error("is empty; define at least one metric (the first is the headline)") }
        return metrics
    }
}
