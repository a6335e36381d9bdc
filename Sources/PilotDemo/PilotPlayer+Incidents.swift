import PilotKit
import PilotStore

extension PilotPlayer {
    func scheduleIncident(_ script: IncidentScript) {
        let at = StoryPlan.moment(of: script, in: legs)
        timeline.schedule(at) { try self.open(script, at: at) }
    }

    /// A participant reports the incident (after logging the feedback that raised it, if any);
    /// within the hour the lead works the first action-plan steps, the next day the responding
    /// reviewer contains it, and later the lead closes it and resumes the pilot if the story says so.
    func open(_ script: IncidentScript, at: DemoMoment) throws {
        guard let id = try report(script, at: at) else { return }
        tally.summary.incidents += 1

        let steps = playbook.actionPlan.indices.filter { playbook.actionPlan[$0].applies(to: script.kind) }.map { $0 + 1 }
        let owner = cast.ledger(ownerLogin)
        let responder = cast.ledger(cast.reviewer(script.responder, turn: number))
        let first = Array(steps.prefix(2))
        if !first.isEmpty {
            timeline.schedule(at.adding(minutes: 60)) {
                let done = first.map { self.playbook.actionPlan[$0 - 1].title }.joined(separator: "; ")
                try owner.updateIncident(id: id, stepsDone: first, note: "Done: \(done)")
            }
        }
        timeline.schedule(at.adding(days: 1)) {
            try responder.updateIncident(
                id: id, status: script.resolution == .open ? nil : .contained, stepsDone: Array(steps.dropFirst(2).prefix(2)),
                note: script.containment)
        }
        switch script.resolution {
        case .open:
            break
        case .closed(let days, let note), .closedAndResumed(let days, let note, _):
            timeline.schedule(at.adding(days: days, minutes: 240)) {
                try owner.updateIncident(id: id, status: .closed, stepsDone: Array(steps.dropFirst(4)), note: note)
            }
        }
        if case .closedAndResumed(let days, _, let rationale) = script.resolution {
            timeline.schedule(at.adding(days: days, minutes: 270)) {
                try owner.resumePilot(self.story.key, rationale: rationale)
            }
        }
    }

    /// Reports the incident by hand, or records the measurement whose safeguard opens it.
    private func report(_ script: IncidentScript, at: DemoMoment) throws -> Int64? {
        if let trip = script.safeguard {
            let owner = cast.ledger(ownerLogin)
            let day = timeline.calendar.day(at)
            let measurement = try owner.recordMeasurement(
                pilot: story.key, MeasurementInput(metricKey: trip.metric, value: trip.value, n: trip.n, day: day))
            tally.summary.measurements += 1
            let id = try cast.database.incidents(of: pilotID).first { $0.measurementID == measurement.id }?.id
            if let id { try owner.updateIncident(id: id, note: script.summary) }
            return id
        }
        let reporter = cast.ledger(enrolled.first { $0 != cast.admin.login } ?? ownerLogin)
        var feedbackID: Int64?
        if let text = script.feedback {
            let (entry, _) = try reporter.logFeedback(
                pilot: story.key, FeedbackInput(rating: 1, category: .safetyConcern, tags: [.other], rawText: text))
            feedbackID = entry.id
            tally.summary.feedback += 1
        }
        return try reporter.openIncident(
            pilot: story.key, severity: script.severity, kind: script.kind, summary: script.summary, feedbackID: feedbackID
        ).incident.id
    }

    func scheduleRisk(_ script: RiskScript) {
        let at = DemoMoment(week: story.startWeek + script.week, weekday: 3, hour: 11)
        timeline.schedule(at) { try self.raise(script, at: at) }
    }

    /// The lead or a reviewer adds the risk, owned by the lead; a later reassessment changes it.
    func raise(_ script: RiskScript, at: DemoMoment) throws {
        let raiser = cast.ledger(script.raisedBy.map { cast.reviewer($0, turn: number) } ?? ownerLogin)
        let risk = try raiser.addRisk(
            pilot: story.key, title: script.title, category: script.category, likelihood: script.likelihood,
            impact: script.impact, mitigation: script.mitigation, owner: ownerLogin)
        tally.summary.risks += 1
        guard let change = script.change, let id = risk.id else { return }
        timeline.schedule(at.adding(days: 7 * change.afterWeeks)) {
            try raiser.updateRisk(id: id) { risk in
                risk.status = change.status
                if let likelihood = change.likelihood { risk.likelihood = likelihood }
            }
        }
    }
}
