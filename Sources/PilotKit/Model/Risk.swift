import Foundation

/// The family a risk belongs to.
public enum RiskCategory: String, Labeled {
    case privacy, security, safety, bias, operational, regulatory, financial
}

public enum RiskStatus: String, Labeled {
    case open, mitigated, accepted, closed

    public var isOpen: Bool { self == .open }
}

/// One entry of a pilot's risk register, scored likelihood x impact on a 5x5 grid.
public struct Risk: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    public var title: String
    public var category: RiskCategory
    public var likelihood: Int
    public var impact: Int
    public var mitigation: String
    public var ownerLogin: String
    public var status: RiskStatus

    public init(
        id: Int64? = nil, pilotID: Int64, title: String, category: RiskCategory, likelihood: Int,
        impact: Int, mitigation: String, ownerLogin: String, status: RiskStatus = .open
    ) {
        self.id = id
        self.pilotID = pilotID
        self.title = title
        self.category = category
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
        self.ownerLogin = ownerLogin
        self.status = status
    }

    public var score: Int { likelihood * impact }

    public func validate() throws {
        try Text.require(title, field: "title", max: 200)
        try Text.check(mitigation, field: "mitigation", max: 2000, multiline: true)
        if !(1...5).contains(likelihood) { throw FieldError("likelihood", "\(likelihood) is out of range; give 1 to 5") }
        if !(1...5).contains(impact) { throw FieldError("impact", "\(impact) is out of range; give 1 to 5") }
    }
}
