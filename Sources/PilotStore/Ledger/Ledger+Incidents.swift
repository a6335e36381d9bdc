import Foundation
import PilotKit

extension Ledger {
    /// Opens an incident. High or critical severity pauses the pilot in the same transaction
    /// (the kill switch); gates stay blocked until the incident is closed and a lead resumes.
    @discardableResult
    public func openIncident(
        pilot key: String, severity: Severity, kind: IncidentKind, summary: String, feedbackID: Int64? = nil
    ) throws -> (incident: Incident, pausedPilot: Bool) {
        try write(.reportIncident) { writes in
            let pilot = try Self.pilot(key, writes.session)
            var incident = Self.guarded(
                Incident(
                    pilotID: pilot.id!, severity: severity, kind: kind, summary: summary, openedAt: writes.at,
                    openedBy: actor.login, feedbackID: feedbackID))
            try incident.validate()
            try writes.insert(&incident)
            return (incident, try Self.killSwitch(pilot, for: incident, &writes) != nil)
        }
    }

    /// The kill switch: a high or critical incident pauses an active pilot in the incident's own
    /// transaction. Returns the paused pilot, or nil when it stays as it was.
    static func killSwitch(_ pilot: Pilot, for incident: Incident, _ writes: inout AuditedWrites) throws -> Pilot? {
        guard incident.severity.pausesPilot, pilot.status == .active else { return nil }
        var paused = pilot
        paused.status = .paused
        paused.statusReason = "incident #\(incident.id!) (\(incident.severity.rawValue) \(incident.kind.rawValue))"
        try writes.update(paused, from: pilot)
        return paused
    }

    /// A safeguard (`action:` in the playbook) crossed by a measurement's own value opens an
    /// incident of the metric's action severity, linked to the metric and the measurement, in the
    /// measurement's transaction; the kill switch then pauses the pilot if it is high or critical.
    /// A baseline is measured before the tool is used, so it trips nothing.
    static func safeguard(
        _ measurement: MetricMeasurement, _ definition: MetricDefinition, pilot: Pilot, by login: String, _ writes: inout AuditedWrites
    ) throws -> Pilot? {
        guard !measurement.isBaseline, let action = definition.action, let severity = definition.actionSeverity,
            action.isCrossed(by: measurement.value)
        else { return nil }
        var incident = Self.guarded(
            Incident(
                pilotID: pilot.id!, severity: severity, kind: .safeguard,
                summary: "Safeguard crossed: \(definition.name) measured \(EvidenceText.number(measurement.value)) (action \(action)), n=\(measurement.n), measurement #\(measurement.id!)",
                openedAt: writes.at, openedBy: login, metricKey: definition.key, measurementID: measurement.id))
        try incident.validate()
        try writes.insert(&incident)
        return try killSwitch(pilot, for: incident, &writes)
    }

    /// Adds a timeline note, marks action-plan steps done, or changes the incident's status.
    @discardableResult
    public func updateIncident(
        id: Int64, status: IncidentStatus? = nil, stepsDone: [Int] = [], note: String? = nil
    ) throws -> Incident {
        try write(.manageIncidents) { writes in
            guard let incident = try writes.session.record(Incident.self, key: [id]) else {
                throw StoreError.notFound(entity: "incident", name: String(id))
            }
            let pilot = try Self.pilot(String(incident.pilotID), writes.session)
            let steps = try Self.playbook(pilot.playbook, writes.session).actionPlan
            for step in stepsDone where !steps.indices.contains(step - 1) {
                throw FieldError("step", "\(step) is not a step of the action plan; give 1 to \(steps.count)")
            }
            var updated = incident
            updated.stepsDone = Array(Set(incident.stepsDone + stepsDone)).sorted()
            if let status {
                updated.status = status
                updated.closedAt = status == .closed ? writes.at : nil
            }
            try writes.update(updated, from: incident)
            if let note {
                var event = Self.guarded(IncidentEvent(incidentID: id, at: writes.at, authorLogin: actor.login, note: note))
                try Text.require(event.note, field: "note", max: 2000)
                try writes.insert(&event)
            }
            return updated
        }
    }

    /// Resumes a paused pilot once no high or critical incident is open, with a rationale.
    @discardableResult
    public func resumePilot(_ key: String, rationale: String) throws -> Pilot {
        try Text.require(rationale, field: "rationale", max: 2000)
        return try write(.resumePilot) { writes in
            let pilot = try Self.pilot(key, writes.session)
            guard pilot.status == .paused else {
                throw StoreError.refused("\(pilot.key) is \(pilot.status.rawValue), not paused; nothing to resume")
            }
            let blocking = try writes.session.all(
                Incident.self, "SELECT * FROM incident WHERE pilot_id = ? AND status <> ? ORDER BY id", [pilot.id!, IncidentStatus.closed.rawValue]
            ).filter { $0.severity.pausesPilot }
            if let first = blocking.first {
                throw Refused(
                    "\(pilot.key) stays paused: incident #\(first.id!) (\(first.severity.rawValue)) is \(first.status.rawValue)",
                    remedy: .closeIncident(id: first.id!))
            }
            var resumed = pilot
            resumed.status = .active
            resumed.statusReason = "resumed: \(rationale)"
            resumed = Self.guarded(resumed)
            try writes.update(resumed, from: pilot)
            return resumed
        }
    }
}
