import Foundation

/// Everything a gate is judged on, gathered by the store at one moment.
public struct GateEvidence: Sendable {
    /// A participant with the e-mail of their person record, for the account rule.
    public struct Account: Sendable, Equatable {
        public var login: String
        public var email: String
        public var kind: AccountKind

        public init(login: String, email: String, kind: AccountKind) {
            self.login = login
            self.email = email
            self.kind = kind
        }
    }

    public var pilot: Pilot
    public var playbook: Playbook
    public var tool: Tool
    public var accounts: [Account]
    public var accountPolicy: AccountPolicy
    public var scope: [ScopeEntry]
    public var catalogue: [DataDomain]
    public var metrics: [MetricSummary]
    public var incidents: [Incident]
    public var risks: [Risk]
    /// Sign-offs not yet consumed by a decision, for the pending gate.
    public var signOffs: [SignOff]
    public var today: Day
    /// The day of the pilot's latest decision: for a pilot in general use, its last review.
    public var lastDecision: Day?
    /// For a pilot in general use, its metrics at the stage before (wave expansion): what its go
    /// into general use accepted, which a review holds today's figures to. Empty otherwise.
    public var acceptedMetrics: [MetricSummary]

    public init(
        pilot: Pilot, playbook: Playbook, tool: Tool, accounts: [Account], accountPolicy: AccountPolicy,
        scope: [ScopeEntry], catalogue: [DataDomain], metrics: [MetricSummary], incidents: [Incident],
        risks: [Risk], signOffs: [SignOff], today: Day, lastDecision: Day? = nil, acceptedMetrics: [MetricSummary] = []
    ) {
        self.pilot = pilot
        self.playbook = playbook
        self.tool = tool
        self.accounts = accounts
        self.accountPolicy = accountPolicy
        self.scope = scope
        self.catalogue = catalogue
        self.metrics = metrics
        self.incidents = incidents
        self.risks = risks
        self.signOffs = signOffs
        self.today = today
        self.lastDecision = lastDecision
        self.acceptedMetrics = acceptedMetrics
    }
}
