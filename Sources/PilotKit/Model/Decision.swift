import Foundation

/// The outcome of a gate.
public enum DecisionKind: String, Labeled {
    case go
    case goWithConditions = "go-with-conditions"
    case hold, rollback, stop
    /// A pilot in general use reviewed on its schedule and kept in use.
    case reviewContinue = "review-continue"

    public var advances: Bool { self == .go || self == .goWithConditions }
}

/// A recorded go / no-go at a gate, with the evidence as it stood at that moment.
public struct Decision: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    public var fromStage: Stage
    public var toStage: Stage
    public var resultingStatus: PilotStatus
    public var kind: DecisionKind
    public var rationale: String
    public var conditions: String
    public var decidedBy: String
    public var decidedAt: Date
    /// Leadership pushed a go through an unready gate; shown forever.
    public var isOverride: Bool
    /// The frozen readiness (JSON of `GateReadiness`) at decision time.
    public var evidence: String

    public init(
        id: Int64? = nil, pilotID: Int64, fromStage: Stage, toStage: Stage, resultingStatus: PilotStatus,
        kind: DecisionKind, rationale: String, conditions: String, decidedBy: String, decidedAt: Date,
        isOverride: Bool, evidence: String
    ) {
        self.id = id
        self.pilotID = pilotID
        self.fromStage = fromStage
        self.toStage = toStage
        self.resultingStatus = resultingStatus
        self.kind = kind
        self.rationale = rationale
        self.conditions = conditions
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.isOverride = isOverride
        self.evidence = evidence
    }
}

public enum SignOffVerdict: String, Labeled {
    case approve, dissent
}

/// A reviewer's approval or dissent for a pilot's pending gate.
public struct SignOff: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    /// The stage the gate leads into.
    public var gate: Stage
    public var reviewerLogin: String
    public var discipline: Discipline
    public var verdict: SignOffVerdict
    public var note: String
    public var signedAt: Date
    /// Set once a decision has consumed this sign-off.
    public var decisionID: Int64?

    public init(
        id: Int64? = nil, pilotID: Int64, gate: Stage, reviewerLogin: String, discipline: Discipline,
        verdict: SignOffVerdict, note: String, signedAt: Date, decisionID: Int64? = nil
    ) {
        self.id = id
        self.pilotID = pilotID
        self.gate = gate
        self.reviewerLogin = reviewerLogin
        self.discipline = discipline
        self.verdict = verdict
        self.note = note
        self.signedAt = signedAt
        self.decisionID = decisionID
    }

    /// A dissent must say what would change it, for the team deciding the gate; an approval may
    /// stand alone.
    public static func noteProblem(_ note: String, verdict: SignOffVerdict) -> FieldError? {
        guard verdict == .dissent, note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return FieldError("note", "a dissent needs a note: say what would have to change for you to approve")
    }
}
