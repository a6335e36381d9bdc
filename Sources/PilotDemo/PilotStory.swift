import PilotKit

/// One pilot's life as the demo tells it: who runs it, on which tool, for which department, and
/// how it moves through its playbook's stages up to today. Roster logins name the people.
struct PilotStory {
    var key: String
    var name: String
    var playbook: String
    var tool: String
    var owner: String
    /// Where the cohort's clinicians come from first.
    var department: String
    var sites: [String]
    var problem: String
    var successCriteria: String
    /// The week of the story the pilot is proposed in.
    var startWeek: Int
    /// The stays in order, intake first; the last without `weeks` lasts until today.
    var stays: [StageStay]
    var incidents: [IncidentScript] = []
    var risks: [RiskScript] = []
    /// Metrics that miss their target at a stage, so a gate fails or a decision turns back.
    var misses: [MetricMiss] = []
    /// Metrics left just on the met side at a stage, inside their interval: the gate cannot tell yet.
    var undecided: [MetricMiss] = []
    /// People enrolled while still at intake, with the account they use (rule 4 shown unmet).
    var intakeAccounts: [Participant] = []
    /// Enrol the person running the demo, so their own views have something in them.
    var enrolsAdmin = false
    var reviewsActionPlan = true
}

/// A metric kept on the wrong side of its target (or, for `undecided`, too close to it) while the
/// pilot is at `stage`.
struct MetricMiss: Equatable {
    var metric: String
    var stage: Stage
}

/// Time spent in one stage, and how it ends.
struct StageStay {
    var stage: Stage
    /// nil for the last stay: it lasts until today.
    var weeks: Int?
    var exit: StayExit

    init(_ stage: Stage, weeks: Int? = nil, _ exit: StayExit = .ongoing) {
        self.stage = stage
        self.weeks = weeks
        self.exit = exit
    }
}

enum StayExit {
    /// Nothing decided yet.
    case ongoing
    /// Reviewers have signed the next gate; the decision is left for the person trying the demo.
    case awaitingDecision(SignOffPlan)
    case decision(GateScript)
}

/// How the oversight team signs a gate.
enum SignOffPlan {
    /// One approving reviewer for each required discipline.
    case quorum
    /// The quorum, plus a second reviewer of the discipline recording dissent.
    case quorumWithDissent(Discipline)
    /// The discipline's reviewer dissents instead of approving, so the quorum is not reached.
    case withheld(Discipline)
}

/// A gate decision at the end of a stay.
struct GateScript {
    var kind: DecisionKind
    /// nil: written from the gate's readiness at decision time.
    var rationale: String?
    var conditions = ""
    var signOffs = SignOffPlan.quorum
    var override = false
    /// Leadership decides even where the playbook lets the lead.
    var byLeadership = false

    static func go(_ rationale: String? = nil, signOffs: SignOffPlan = .quorum, byLeadership: Bool = false) -> GateScript {
        GateScript(kind: .go, rationale: rationale, signOffs: signOffs, byLeadership: byLeadership)
    }

    static func goWithConditions(_ rationale: String?, conditions: String, override: Bool = false) -> GateScript {
        GateScript(kind: .goWithConditions, rationale: rationale, conditions: conditions, override: override, byLeadership: override)
    }
}
