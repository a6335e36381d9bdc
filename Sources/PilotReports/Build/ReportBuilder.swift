import Foundation
import PilotKit
import PilotStore

/// Reads one moment of the database into report values: the only part of PilotReports that
/// touches the store, through its public query API.
public enum ReportBuilder {
    /// How many of the newest feedback entries a summary counts (see `FeedbackSummary.summarized`).
    static let feedbackWindow = 1000
    static let attempts = 3

    public static func stageReport(database: PilotDatabase, pilot keyOrID: String, generatedAt: Date) throws -> StageReport {
        try consistent(database, generatedAt: generatedAt) { fingerprint in
            let pilot = try database.pilot(keyOrID)
            let id = pilot.id!
            let evidence = try database.gateEvidence(of: [pilot], today: Day(generatedAt), trends: .all)[0]
            let playbook = evidence.playbook
            let readiness = GateEvaluator.evaluate(evidence)
            let gated = gatedMetrics(playbook, readiness)
            let participants = try database.participants(of: id)
            let signOffs = try database.signOffs(of: id)
            let decisions = try database.decisions(of: id)
            return StageReport(
                schemaVersion: StageReport.currentSchemaVersion, fingerprint: fingerprint, pilot: PilotProfile(pilot),
                tool: ToolProfile(evidence.tool),
                cohort: Cohort(
                    size: pilot.cohortSize, cap: playbook.plan(for: pilot.stage).cohortCap, participants: participants.count,
                    personalAccounts: participants.filter { $0.account == .personal }.count, sites: pilot.sites),
                timeline: StageEvent.history(of: pilot, decisions: decisions),
                exposure: Exposure(scope: evidence.scope.sorted { $0.domainKey < $1.domainKey }, catalogue: evidence.catalogue),
                minSamples: playbook.minSamples,
                metrics: evidence.metrics.map {
                    MetricLine($0, minSamples: playbook.minSamples, gated: gated.contains($0.definition.key))
                },
                readiness: ReadinessSummary(readiness),
                pendingSignOffs: signOffs.filter { $0.decisionID == nil && $0.gate == readiness.to }.map(SignOffLine.init),
                feedback: FeedbackSummary(
                    try database.feedback(of: id, limit: feedbackWindow), total: try database.feedbackCount(of: id)),
                risks: RiskRegister(try database.risks(of: id), threshold: playbook.riskThreshold),
                incidents: try database.incidents(of: id).map { IncidentLine($0, actionPlanSteps: playbook.actionPlan.count) },
                decisions: decisions.map { DecisionRecord($0, signOffs: signOffs) })
        }
    }

    public static func portfolioReport(database: PilotDatabase, generatedAt: Date) throws -> PortfolioReport {
        try consistent(database, generatedAt: generatedAt) { fingerprint in
            let pilots = try database.gateEvidence(of: database.pilots(), today: Day(generatedAt)).map { evidence in
                let pilot = evidence.pilot
                let playbook = evidence.playbook
                let readiness = GateEvaluator.evaluate(evidence)
                // The gate evidence holds every incident not closed and every open risk, read with it.
                let openIncidents = evidence.incidents
                let openRisks = evidence.risks
                return PortfolioEntry(
                    key: pilot.key, name: pilot.name, useCase: pilot.useCase, tool: pilot.toolKey, stage: pilot.stage,
                    status: pilot.status, statusReason: pilot.statusReason, cohortSize: pilot.cohortSize,
                    readiness: ReadinessSummary(readiness),
                    headline: evidence.metrics.first.map {
                        MetricLine($0, minSamples: playbook.minSamples, gated: gatedMetrics(playbook, readiness).contains($0.definition.key))
                    },
                    openIncidents: openIncidents.count, highestOpenSeverity: openIncidents.map(\.severity).max(),
                    openRisks: openRisks.count, highestOpenRiskScore: openRisks.map(\.score).max(),
                    nextReviewOn: pilot.nextReviewOn, needsRevalidation: pilot.needsRevalidation)
            }
            return PortfolioReport(schemaVersion: PortfolioReport.currentSchemaVersion, fingerprint: fingerprint, pilots: pilots)
        }
    }

    /// Runs `body` until the audit head is the same before and after it. Every change appends an
    /// audit entry, so an unchanged head means the fingerprint names exactly the state the report
    /// shows, although the store's queries each read their own snapshot.
    static func consistent<Report>(
        _ database: PilotDatabase, generatedAt: Date, _ body: (EvidenceFingerprint) throws -> Report
    ) throws -> Report {
        for _ in 0..<attempts {
            let head = try database.auditHead()
            let report = try body(EvidenceFingerprint(auditSeq: head.seq, auditHash: head.hash, generatedAt: generatedAt))
            if try database.auditHead() == head { return report }
        }
        throw ReportError.databaseKeptChanging(attempts: attempts)
    }

    /// Keys of the metrics the pending gate holds the pilot to.
    static func gatedMetrics(_ playbook: Playbook, _ readiness: GateReadiness) -> Set<String> {
        readiness.to.map { Set(playbook.plan(for: $0).gate.metrics) } ?? []
    }
}
