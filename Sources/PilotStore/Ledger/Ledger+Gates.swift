import Foundation
import PilotKit

/// What a gate decision asks for.
public struct DecisionRequest: Sendable {
    public var kind: DecisionKind
    public var rationale: String
    public var conditions: String
    /// Leadership's push through an unready gate; recorded and shown forever.
    public var override: Bool
    /// For hold: when the gate is looked at again (default four weeks).
    public var reviewOn: Day?

    public init(kind: DecisionKind, rationale: String, conditions: String = "", override: Bool = false, reviewOn: Day? = nil) {
        self.kind = kind
        self.rationale = rationale
        self.conditions = conditions
        self.override = override
        self.reviewOn = reviewOn
    }
}

/// A go refused because the gate is not ready; names every unmet criterion.
public struct GateNotReady: Remedied {
    public let readiness: GateReadiness

    public var reason: String {
        let unmet = readiness.unmet.map { "\($0.name) (\($0.status.rawValue): \($0.detail))" }.joined(separator: "; ")
        let blocked = readiness.blocked ? "; an open high/critical incident or a pause blocks every gate, even with an override" : ""
        return "gate \(readiness.from.rawValue) -> \(readiness.to?.rawValue ?? "-") is not ready: \(unmet)\(blocked)"
    }

    /// None when blocked: no override passes an open high/critical incident or a pause.
    public var remedy: Remedy? { readiness.blocked ? nil : .overrideGate }
}

extension Ledger {
    /// Records the actor's approval or dissent for the pilot's pending gate, replacing their
    /// earlier pending sign-off for it.
    @discardableResult
    public func signOff(pilot key: String, verdict: SignOffVerdict, note: String) throws -> SignOff {
        if let problem = SignOff.noteProblem(note, verdict: verdict) { throw problem }
        return try write(.signOff) { writes in
            let pilot = try Self.pilot(key, writes.session)
            guard let gate = pilot.stage.next, pilot.status != .retired else {
                throw StoreError.refused("\(pilot.key) has no pending gate (\(pilot.stage.rawValue), \(pilot.status.rawValue))")
            }
            guard let discipline = actor.discipline else {
                throw StoreError.refused("\(actor.login) has no reviewer discipline; an admin can set one")
            }
            var signOff = Self.guarded(
                SignOff(
                    pilotID: pilot.id!, gate: gate, reviewerLogin: actor.login, discipline: discipline, verdict: verdict,
                    note: note, signedAt: writes.at))
            try Text.check(signOff.note, field: "note", max: 2000, multiline: true)
            if let earlier = try writes.session.one(
                SignOff.self, "SELECT * FROM sign_off WHERE pilot_id = ? AND gate = ? AND reviewer_login = ? AND decision_id IS NULL",
                [pilot.id!, gate.rawValue, actor.login])
            {
                signOff.id = earlier.id
                try writes.update(signOff, from: earlier)
            } else {
                try writes.insert(&signOff)
            }
            return signOff
        }
    }

    /// Records a gate decision with a frozen evidence snapshot, and moves the pilot accordingly.
    @discardableResult
    public func decide(pilot key: String, _ request: DecisionRequest) throws -> (Decision, Pilot) {
        try Text.require(request.rationale, field: "rationale", max: 4000)
        try Text.check(request.conditions, field: "conditions", max: 4000, multiline: true)
        if request.kind == .goWithConditions, request.conditions.trimmingCharacters(in: .whitespaces).isEmpty {
            throw FieldError("conditions", "go-with-conditions needs the conditions stated")
        }
        if request.override {
            try Permission.overrideGate.check(actor)
            if !request.kind.advances { throw FieldError("override", "only a go or go-with-conditions can override a gate") }
        }
        return try write(.decide) { writes in
            let db = writes.session
            let pilot = try Self.pilot(key, db)
            let playbook = try Self.playbook(pilot.playbook, db)
            if !playbook.decidedBy.contains(where: actor.has) {
                throw StoreError.refused("permission denied: the \(playbook.key) playbook lets only \(playbook.decidedBy.map(\.rawValue).joined(separator: " or ")) decide gates; \(actor.login) is \(actor.roles.map(\.rawValue).joined(separator: ", "))")
            }
            if pilot.status == .retired { throw StoreError.refused("\(pilot.key) is retired; no further decisions") }
            let today = Day(writes.at)
            if request.kind == .hold, let reviewOn = request.reviewOn, reviewOn <= today {
                throw FieldError("review-on", "\(reviewOn) is not after today (\(today)); give a later day, YYYY-MM-DD")
            }
            let readiness = try PilotDatabase.readiness(db, pilot: pilot, today: today)
            var moved = pilot
            switch request.kind {
            case .go, .goWithConditions:
                guard let next = readiness.to else { throw StoreError.refused("\(pilot.key) is in general use; there is no further stage") }
                if !readiness.ready && (!request.override || readiness.blocked) {
                    throw GateNotReady(readiness: readiness)
                }
                try Self.move(&moved, to: next, status: .active, playbook: playbook, &writes)
            case .rollback:
                guard let previous = pilot.stage.previous else { throw StoreError.refused("\(pilot.key) is at intake; there is no earlier stage") }
                try Self.move(&moved, to: previous, status: .rolledBack, playbook: playbook, &writes)
            case .stop:
                moved.status = .retired
            case .hold:
                moved.nextReviewOn = request.reviewOn ?? today.adding(days: 28)
            case .reviewContinue:
                guard pilot.stage == .general else {
                    throw FieldError("decision", "review-continue records the review of a pilot in general use; \(pilot.key) is at \(pilot.stage.rawValue): decide go, hold, rollback or stop")
                }
            }
            moved.statusReason = moved.status == pilot.status ? pilot.statusReason : "decision: \(request.kind.rawValue)"
            if pilot.status == .paused && request.kind == .hold { moved.status = .paused }
            var decision = Self.guarded(
                Decision(
                    pilotID: pilot.id!, fromStage: pilot.stage, toStage: moved.stage, resultingStatus: moved.status,
                    kind: request.kind, rationale: request.rationale, conditions: request.conditions, decidedBy: actor.login,
                    decidedAt: writes.at, isOverride: request.override && !readiness.ready, evidence: try AuditJSON.encode(readiness)))
            try writes.insert(&decision)
            try writes.update(moved, from: pilot)
            if request.kind.advances {
                let waiting = try db.all(
                    ParticipantRow.self, "SELECT * FROM participant WHERE pilot_id = ? AND pending_stage = ? ORDER BY login", [pilot.id!, moved.stage.rawValue])
                for participant in waiting {
                    var active = participant
                    active.pendingStage = nil
                    try writes.update(active, from: participant)
                }
            }
            if let gate = readiness.to {
                let pending = try db.all(
                    SignOff.self, "SELECT * FROM sign_off WHERE pilot_id = ? AND gate = ? AND decision_id IS NULL ORDER BY id",
                    [pilot.id!, gate.rawValue])
                for signOff in pending {
                    var consumed = signOff
                    consumed.decisionID = decision.id
                    try writes.update(consumed, from: signOff)
                }
            }
            return (decision, moved)
        }
    }

    /// Sets the stage, its cohort cap, and narrows the scope to what the stage allows.
    static func move(_ pilot: inout Pilot, to stage: Stage, status: PilotStatus, playbook: Playbook, _ writes: inout AuditedWrites) throws {
        let plan = playbook.plan(for: stage)
        pilot.stage = stage
        pilot.status = status
        pilot.cohortSize = plan.cohortCap
        let rows = try writes.session.all(ScopeRow.self, "SELECT * FROM pilot_scope WHERE pilot_id = ? ORDER BY domain_key", [pilot.id!])
        for row in rows {
            guard let allowed = plan.domains.first(where: { $0.domainKey == row.domainKey }) else {
                try writes.delete(row)
                continue
            }
            if row.access > allowed.access {
                var narrowed = row
                narrowed.access = allowed.access
                try writes.update(narrowed, from: row)
            }
        }
    }
}
