import Foundation

/// Where an AI tool runs; rule 1 allows a private instance or a protected vendor, never a consumer service.
public enum Hosting: String, Labeled {
    case onPremises = "on-premises"
    case privateCloud = "private-cloud"
    case vendorSaaS = "vendor-saas"
    case publicConsumer = "public-consumer"

    public var title: String {
        switch self {
        case .onPremises: "on-premises private instance"
        case .privateCloud: "private cloud tenant"
        case .vendorSaaS: "vendor SaaS"
        case .publicConsumer: "public consumer service"
        }
    }

    /// Vendor-run hosting needs a contract that forbids training on prompts.
    public var isVendorRun: Bool { self == .vendorSaaS || self == .publicConsumer }
}

/// The oversight team's verdict on a tool.
public enum VettingStatus: String, Labeled {
    case pending, approved
    case approvedWithConditions = "approved-with-conditions"
    case rejected

    public var isApproved: Bool { self == .approved || self == .approvedWithConditions }
}

/// An AI product under evaluation, with the contract terms rule 1 depends on.
public struct Tool: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var key: String
    public var name: String
    public var vendor: String
    public var model: String
    public var version: String
    public var hosting: Hosting
    public var baaSigned: Bool
    public var noTrainingClause: Bool
    public var retentionDays: Int
    public var vetting: VettingStatus

    public init(
        id: Int64? = nil, key: String, name: String, vendor: String, model: String, version: String,
        hosting: Hosting, baaSigned: Bool, noTrainingClause: Bool, retentionDays: Int,
        vetting: VettingStatus = .pending
    ) {
        self.id = id
        self.key = key
        self.name = name
        self.vendor = vendor
        self.model = model
        self.version = version
        self.hosting = hosting
        self.baaSigned = baaSigned
        self.noTrainingClause = noTrainingClause
        self.retentionDays = retentionDays
        self.vetting = vetting
    }

    public func validate() throws {
        try Text.requireKey(key, field: "key")
        try Text.require(name, field: "name", max: 120)
        try Text.require(vendor, field: "vendor", max: 120)
        try Text.require(model, field: "model", max: 120)
        try Text.require(version, field: "version", max: 40)
        if !(0...3650).contains(retentionDays) {
            throw FieldError("retention-days", "\(retentionDays) is out of range; give 0 to 3650 days")
        }
    }

    /// Rule 1, as plain findings; empty when the tool's hosting and contract are acceptable.
    public var contractProblems: [String] {
        var problems: [String] = []
        if hosting == .publicConsumer { problems.append("hosted on a public consumer service") }
        if hosting.isVendorRun, !noTrainingClause { problems.append("vendor contract lacks a no-training clause") }
        if hosting.isVendorRun, !baaSigned { problems.append("no business associate agreement signed") }
        return problems
    }
}

/// One oversight reviewer's verdict on a tool.
public struct ToolReview: Codable, Equatable, Sendable {
    public var id: Int64?
    public var toolID: Int64
    public var reviewerLogin: String
    public var discipline: Discipline
    public var verdict: VettingStatus
    public var notes: String
    public var reviewedAt: Date

    public init(
        id: Int64? = nil, toolID: Int64, reviewerLogin: String, discipline: Discipline,
        verdict: VettingStatus, notes: String, reviewedAt: Date
    ) {
        self.id = id
        self.toolID = toolID
        self.reviewerLogin = reviewerLogin
        self.discipline = discipline
        self.verdict = verdict
        self.notes = notes
        self.reviewedAt = reviewedAt
    }
}
