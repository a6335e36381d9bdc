import Foundation
import PilotKit

/// A gate decision with its rationale, the sign-offs it consumed and the readiness it was taken on.
public struct DecisionRecord: Codable, Hashable, Sendable {
    /// The gate as it stood when the decision was taken (from the frozen evidence).
    public struct Evidence: Codable, Hashable, Sendable {
        public var met: Int
        public var total: Int
        public var ready: Bool
        public var blocked: Bool
    }

    public var id: Int64
    public var decidedAt: Date
    public var from: Stage
    public var to: Stage
    public var kind: DecisionKind
    public var resultingStatus: PilotStatus
    @Sanitized public var rationale: String
    @Sanitized public var conditions: String
    @Sanitized public var decidedBy: String
    /// Leadership passed an unready gate.
    public var isOverride: Bool
    /// nil when the frozen evidence cannot be read.
    public var evidence: Evidence?
    public var signOffs: [SignOffLine]
}

extension DecisionRecord {
    init(_ decision: Decision, signOffs: [SignOff]) {
        let frozen = try? JSONDecoder().decode(GateReadiness.self, from: Data(decision.evidence.utf8))
        self.init(
            id: decision.id ?? 0, decidedAt: decision.decidedAt, from: decision.fromStage, to: decision.toStage,
            kind: decision.kind, resultingStatus: decision.resultingStatus, rationale: decision.rationale,
            conditions: decision.conditions, decidedBy: decision.decidedBy, isOverride: decision.isOverride,
            evidence: frozen.map { Evidence(met: $0.metCount, total: $0.criteria.count, ready: $0.ready, blocked: $0.blocked) },
            signOffs: signOffs.filter { $0.decisionID == decision.id }.map(SignOffLine.init))
    }
}
