import Foundation
import PilotKit

/// Every pilot on one page: where each stands, what blocks it and what is due.
public struct PortfolioReport: Codable, Hashable, Sendable {
    /// Bumped on any change a JSON consumer could notice; see `$defs/portfolioReport` in `Schema/report.schema.json`.
    public static let currentSchemaVersion = 2

    /// How many pilots sit at one stage, by status.
    public struct PipelineStage: Hashable, Sendable {
        public var stage: Stage
        public var counts: [Tally<PilotStatus>]
        public var total: Int { counts.reduce(0) { $0 + $1.count } }
    }

    /// A look at a pilot that is due: a review date set by a hold, or a gate ready for a decision.
    public struct Due: Hashable, Sendable {
        public var pilot: PortfolioEntry
        /// nil when the gate is ready now and no review date is set.
        public var on: Day?
        public var overdue: Bool
        public var reason: String
    }

    public var schemaVersion: Int
    public var fingerprint: EvidenceFingerprint
    /// Ordered by key.
    public var pilots: [PortfolioEntry]

    /// Derived from `pilots`, so the JSON carries each fact once.
    public var pipeline: [PipelineStage] {
        Stage.allCases.map { stage in
            PipelineStage(stage: stage, counts: Tally.counting(pilots.filter { $0.stage == stage }.map(\.status), keys: PilotStatus.allCases))
        }
    }

    /// Pilots with a review date or a gate ready now, soonest first; retired pilots are never due.
    public var due: [Due] {
        let today = Day(fingerprint.generatedAt)
        return pilots.filter { $0.status != .retired }.compactMap { entry -> Due? in
            if let on = entry.nextReviewOn {
                return Due(pilot: entry, on: on, overdue: on < today, reason: entry.readiness.ready ? "review date; gate ready" : "review date")
            }
            return entry.readiness.ready ? Due(pilot: entry, on: nil, overdue: false, reason: "gate ready for a decision") : nil
        }
        .sorted { ($0.on ?? today, $0.pilot.key) < ($1.on ?? today, $1.pilot.key) }
    }
}
