import Foundation

/// How one gate criterion stands.
public enum CriterionStatus: String, Labeled {
    case met, unmet, waived
    /// Too few samples (or no baseline) to judge: never counts as met.
    case insufficient = "insufficient-evidence"
    /// The interval straddles the target: more samples would decide it. Never counts as met.
    case inconclusive

    public var passes: Bool { self == .met || self == .waived }

    /// A metric's criterion from what its interval says of the target.
    public init(_ evidence: EvidenceStatus) {
        self = switch evidence {
        case .met: .met
        case .notMet: .unmet
        case .inconclusive: .inconclusive
        case .insufficient: .insufficient
        }
    }
}

/// One explained line of a gate checklist.
public struct GateCriterion: Codable, Equatable, Hashable, Sendable {
    public var name: String
    public var status: CriterionStatus
    public var detail: String

    public init(name: String, status: CriterionStatus, detail: String) {
        self.name = name
        self.status = status
        self.detail = detail
    }
}

/// Every criterion of a pilot's next gate, explained, and whether it may be passed.
public struct GateReadiness: Codable, Equatable, Hashable, Sendable {
    public var pilot: String
    public var from: Stage
    /// nil when the pilot is in general use: there is no further gate.
    public var to: Stage?
    public var criteria: [GateCriterion]
    /// An open high/critical incident or a paused pilot blocks every gate.
    public var blocked: Bool

    public init(pilot: String, from: Stage, to: Stage?, criteria: [GateCriterion], blocked: Bool) {
        self.pilot = pilot
        self.from = from
        self.to = to
        self.criteria = criteria
        self.blocked = blocked
    }

    public var ready: Bool { to != nil && !blocked && criteria.allSatisfy(\.status.passes) }
    public var unmet: [GateCriterion] { criteria.filter { !$0.status.passes } }
    public var metCount: Int { criteria.filter(\.status.passes).count }

    enum CodingKeys: String, CodingKey { case pilot, from, to, criteria, blocked, ready }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pilot, forKey: .pilot)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(criteria, forKey: .criteria)
        try c.encode(blocked, forKey: .blocked)
        try c.encode(ready, forKey: .ready)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        pilot = try c.decode(String.self, forKey: .pilot)
        from = try c.decode(Stage.self, forKey: .from)
        to = try c.decodeIfPresent(Stage.self, forKey: .to)
        criteria = try c.decode([GateCriterion].self, forKey: .criteria)
        blocked = try c.decode(Bool.self, forKey: .blocked)
    }
}
