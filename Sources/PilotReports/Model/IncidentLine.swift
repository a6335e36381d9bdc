import Foundation
import PilotKit

/// An incident with how far its action plan has been worked.
public struct IncidentLine: Codable, Hashable, Sendable {
    public var id: Int64
    public var severity: Severity
    public var kind: IncidentKind
    @Sanitized public var summary: String
    public var status: IncidentStatus
    public var openedAt: Date
    @Sanitized public var openedBy: String
    public var closedAt: Date?
    public var stepsDone: Int
    /// Steps of the playbook's incident action plan.
    public var stepsTotal: Int
}

extension IncidentLine {
    init(_ incident: Incident, actionPlanSteps: Int) {
        self.init(
            id: incident.id ?? 0, severity: incident.severity, kind: incident.kind, summary: incident.summary,
            status: incident.status, openedAt: incident.openedAt, openedBy: incident.openedBy,
            closedAt: incident.closedAt, stepsDone: incident.stepsDone.count, stepsTotal: actionPlanSteps)
    }
}
