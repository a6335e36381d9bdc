import Foundation
import PilotKit

/// A pilot's next gate: every criterion explained, and whether it may be passed.
public struct ReadinessSummary: Codable, Hashable, Sendable {
    /// One explained line of the gate checklist.
    public struct Criterion: Codable, Hashable, Sendable {
        @Sanitized public var name: String
        public var status: CriterionStatus
        @Sanitized public var detail: String
    }

    public var from: Stage
    /// nil in general use: there is no further gate.
    public var to: Stage?
    public var ready: Bool
    /// An open high/critical incident or a pause blocks every gate.
    public var blocked: Bool
    /// Criteria met or waived.
    public var met: Int
    public var total: Int
    public var criteria: [Criterion]

    /// Criteria that keep the gate closed.
    public var unmet: [Criterion] { criteria.filter { !$0.status.passes } }
}

extension ReadinessSummary {
    init(_ readiness: GateReadiness) {
        self.init(
            from: readiness.from, to: readiness.to, ready: readiness.ready, blocked: readiness.blocked,
            met: readiness.metCount, total: readiness.criteria.count,
            criteria: readiness.criteria.map { Criterion(name: $0.name, status: $0.status, detail: $0.detail) })
    }
}
