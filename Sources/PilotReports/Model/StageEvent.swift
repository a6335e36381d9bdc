import Foundation
import PilotKit

/// One point of a pilot's stage history: its start, then every gate decision.
public struct StageEvent: Codable, Hashable, Sendable {
    public var on: Day
    public var stage: Stage
    public var status: PilotStatus
    /// nil for the pilot's start at intake.
    public var decision: DecisionKind?
    public var isOverride: Bool
}

extension StageEvent {
    /// The start, then each decision in the order it was taken.
    static func history(of pilot: Pilot, decisions: [Decision]) -> [StageEvent] {
        [StageEvent(on: pilot.startedOn, stage: .intake, status: .active, decision: nil, isOverride: false)]
            + decisions.map {
                StageEvent(on: Day($0.decidedAt), stage: $0.toStage, status: $0.resultingStatus, decision: $0.kind, isOverride: $0.isOverride)
            }
    }
}
