import Foundation

/// One governed AI adoption: a tool, a problem, a scope, moving through stages by gate decisions.
public struct Pilot: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var key: String
    public var name: String
    public var problem: String
    public var successCriteria: String
    /// The playbook this pilot follows (its file name without extension).
    public var playbook: String
    public var useCase: String
    public var ownerLogin: String
    public var toolKey: String
    public var stage: Stage
    public var status: PilotStatus
    public var statusReason: String
    public var sites: [String]
    public var cohortSize: Int
    public var startedOn: Day
    public var nextReviewOn: Day?
    public var actionPlanReviewedOn: Day?
    /// Set when the tool's model or version changed while the pilot was in general use.
    public var needsRevalidation: Bool

    public init(
        id: Int64? = nil, key: String, name: String, problem: String, successCriteria: String,
        playbook: String, useCase: String, ownerLogin: String, toolKey: String,
        stage: Stage = .intake, status: PilotStatus = .active, statusReason: String = "",
        sites: [String] = [], cohortSize: Int = 0, startedOn: Day, nextReviewOn: Day? = nil,
        actionPlanReviewedOn: Day? = nil, needsRevalidation: Bool = false
    ) {
        self.id = id
        self.key = key
        self.name = name
        self.problem = problem
        self.successCriteria = successCriteria
        self.playbook = playbook
        self.useCase = useCase
        self.ownerLogin = ownerLogin
        self.toolKey = toolKey
        self.stage = stage
        self.status = status
        self.statusReason = statusReason
        self.sites = sites
        self.cohortSize = cohortSize
        self.startedOn = startedOn
        self.nextReviewOn = nextReviewOn
        self.actionPlanReviewedOn = actionPlanReviewedOn
        self.needsRevalidation = needsRevalidation
    }

    public func validate() throws {
        try Text.requireKey(key, field: "key")
        try Text.require(name, field: "name", max: 160)
        try Text.check(problem, field: "problem", max: 4000, multiline: true)
        try Text.check(successCriteria, field: "success-criteria", max: 4000, multiline: true)
        for site in sites { try Text.require(site, field: "site", max: 120) }
        if cohortSize < 0 { throw FieldError("cohort", "\(cohortSize) is negative; give 0 or more") }
    }
}

/// How a participant reaches the tool; rule 4 allows organization accounts only.
public enum AccountKind: String, Labeled {
    case organizationSSO = "org-sso"
    case personal

    public var title: String { self == .organizationSSO ? "organization SSO" : "personal account" }
}

/// A person taking part in a pilot and the account they use for the tool.
public struct Participant: Codable, Equatable, Hashable, Sendable {
    public var login: String
    public var account: AccountKind
    /// The next stage, when enrolled ahead of its go decision (`CohortSeat.pending`); nil once
    /// they use the tool.
    public var pendingStage: Stage?

    public init(login: String, account: AccountKind, pendingStage: Stage? = nil) {
        self.login = login
        self.account = account
        self.pendingStage = pendingStage
    }
}
