import Foundation
import PilotKit

/// Everything leadership needs to judge one pilot at its current stage, frozen at one moment.
/// A pure value: every renderer is a function of it alone.
public struct StageReport: Codable, Hashable, Sendable {
    /// Bumped on any change a JSON consumer could notice; see `$defs/stageReport` in `Schema/report.schema.json`.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var fingerprint: EvidenceFingerprint
    public var pilot: PilotProfile
    public var tool: ToolProfile
    public var cohort: Cohort
    /// The start, then every decision, oldest first.
    public var timeline: [StageEvent]
    public var exposure: Exposure
    /// Figures from fewer samples than this carry a warning.
    public var minSamples: Int
    public var metrics: [MetricLine]
    public var readiness: ReadinessSummary
    /// Sign-offs given for the pending gate and not yet consumed by a decision.
    public var pendingSignOffs: [SignOffLine]
    public var feedback: FeedbackSummary
    public var risks: RiskRegister
    /// Newest first.
    public var incidents: [IncidentLine]
    /// Oldest first.
    public var decisions: [DecisionRecord]
}
