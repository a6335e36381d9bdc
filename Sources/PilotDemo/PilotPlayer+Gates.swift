import PilotKit
import PilotStore

extension PilotPlayer {
    /// After a go, the first Monday of the new stage widens the scope to what the stage allows
    /// and enrols more of the cohort.
    func scheduleEntry(_ leg: Leg) {
        guard leg.index > 0, case .decision(let gate) = legs[leg.index - 1].stay.exit, gate.kind.advances else { return }
        timeline.schedule(DemoMoment(week: leg.firstWeek, weekday: 0, hour: 9)) { try self.enter(leg.stay.stage) }
    }

    func enter(_ stage: Stage) throws {
        let stagePlan = playbook.plan(for: stage)
        let scope = try cast.database.scope(of: pilotID)
        for entry in stagePlan.domains where !scope.contains(entry) {
            try cast.ledger(ownerLogin).addScope(pilot: story.key, domain: entry.domainKey, access: entry.access)
        }
        if story.enrolsAdmin { try enrol(cast.admin.login) }
        try recruit(upTo: min(Self.cohort(at: stage), stagePlan.cohortCap))
    }

    /// Named participants wanted at each stage; the stage's cohort cap counts the wider users.
    static func cohort(at stage: Stage) -> Int {
        switch stage {
        case .intake: 0
        case .validation: 3
        case .micro: 5
        case .controlled: 8
        case .expansion: 10
        case .general: 12
        }
    }

    /// Clinicians of the pilot's department first, then others, each pilot starting elsewhere.
    private func recruit(upTo wanted: Int) throws {
        let local = cast.cliniciansByDepartment[story.department] ?? []
        let everyone = cast.clinicians
        var offset = 0
        while enrolled.count < wanted, offset < local.count + everyone.count {
            let login = offset < local.count ? local[offset] : everyone[(offset - local.count + 7 * number) % everyone.count]
            if login != ownerLogin { try enrol(login) }
            offset += 1
        }
    }

    func scheduleExit(_ leg: Leg) {
        switch leg.stay.exit {
        case .ongoing:
            return
        case .awaitingDecision(let signOffs):
            prepareGate(leg, signOffs)
        case .decision(let gate):
            if gate.kind.advances || gate.kind == .hold { prepareGate(leg, gate.signOffs) }
            timeline.schedule(leg.exit(hour: 16)) { try self.decide(gate, leaving: leg) }
        }
    }

    /// Reviewers of every discipline the next gate requires sign it, and the lead re-reads the
    /// action plan so it is current when the gate is judged.
    func prepareGate(_ leg: Leg, _ signOffs: SignOffPlan) {
        guard let gate = leg.stay.stage.next else { preconditionFailure("\(story.key): general use has no gate to sign") }
        let turn = number + leg.index
        var signers: [(login: String, verdict: SignOffVerdict)] = []
        for discipline in playbook.plan(for: gate).gate.signoffs {
            let reviewer = cast.reviewer(discipline, turn: turn)
            switch signOffs {
            case .withheld(discipline):
                signers.append((reviewer, .dissent))
            case .quorumWithDissent(discipline):
                signers += [(reviewer, .approve), (cast.reviewer(discipline, turn: turn + 1), .dissent)]
            default:
                signers.append((reviewer, .approve))
            }
        }
        for (index, signer) in signers.enumerated() {
            timeline.schedule(leg.exit(hour: 13, minute: 15 * index)) {
                let ledger = self.cast.ledger(signer.login)
                let note = SignOffNote.text(ledger.actor.discipline ?? .clinical, signer.verdict, &self.rng)
                try ledger.signOff(pilot: self.story.key, verdict: signer.verdict, note: note)
                self.tally.summary.signOffs += 1
            }
        }
        timeline.schedule(leg.exit(hour: 15)) { try self.cast.ledger(self.ownerLogin).reviewActionPlan(pilot: self.story.key) }
    }

    /// The lead decides where the playbook allows it; leadership where it must, or overrides.
    func decide(_ gate: GateScript, leaving leg: Leg) throws {
        let byLeadership = gate.override || gate.byLeadership || !playbook.decidedBy.contains(.lead)
        let decider = byLeadership ? cast.leadership[(number + leg.index) % cast.leadership.count] : ownerLogin
        let request = DecisionRequest(
            kind: gate.kind, rationale: try gate.rationale ?? readinessRationale(on: leg), conditions: gate.conditions,
            override: gate.override)
        try cast.ledger(decider).decide(pilot: story.key, request)
        tally.summary.decisions += 1
        if gate.kind.advances { try reassessStarterRisk() }
    }

    /// A rationale read off the gate as it stands: the criteria met and the gate's metrics.
    private func readinessRationale(on leg: Leg) throws -> String {
        let readiness = try cast.database.readiness(of: story.key, today: timeline.calendar.day(leg.exit(hour: 16)))
        let metrics = readiness.criteria.filter { $0.name.hasPrefix("metric ") }.map { criterion in
            "\(criterion.name.dropFirst("metric ".count)) \(criterion.detail.split(separator: ",").first ?? "")"
        }
        let gate = readiness.to?.title ?? "next stage"
        return "\(readiness.metCount) of \(readiness.criteria.count) criteria met for \(gate)"
            + (metrics.isEmpty ? "." : ": \(metrics.joined(separator: "; ")).")
    }

    /// After each go the lead rescores one starter risk in turn: less likely now that the
    /// stage's controls have worked, and mitigated once it scores 8 or less.
    private func reassessStarterRisk() throws {
        let starters = try cast.database.risks(of: pilotID).prefix(playbook.starterRisks.count)
        guard let id = starters.dropFirst(gatesPassed % max(1, starters.count)).first?.id else { return }
        gatesPassed += 1
        try cast.ledger(ownerLogin).updateRisk(id: id) { risk in
            risk.likelihood = max(1, risk.likelihood - 1)
            risk.status = risk.score <= 8 ? .mitigated : .open
        }
    }
}
