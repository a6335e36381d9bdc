import Foundation
import PilotKit

/// Who and what a pilot is: its purpose, stage and standing.
public struct PilotProfile: Codable, Hashable, Sendable {
    @Sanitized public var key: String
    @Sanitized public var name: String
    @Sanitized public var useCase: String
    @Sanitized public var playbook: String
    @Sanitized public var owner: String
    @Sanitized public var problem: String
    @Sanitized public var successCriteria: String
    public var stage: Stage
    public var status: PilotStatus
    @Sanitized public var statusReason: String
    public var startedOn: Day
    public var nextReviewOn: Day?
    public var needsRevalidation: Bool
}

extension PilotProfile {
    init(_ pilot: Pilot) {
        self.init(
            key: pilot.key, name: pilot.name, useCase: pilot.useCase, playbook: pilot.playbook, owner: pilot.ownerLogin,
            problem: pilot.problem, successCriteria: pilot.successCriteria, stage: pilot.stage, status: pilot.status,
            statusReason: pilot.statusReason, startedOn: pilot.startedOn, nextReviewOn: pilot.nextReviewOn,
            needsRevalidation: pilot.needsRevalidation)
    }
}
