import Foundation

/// What a stage allows: how many people, which data domains with what access, and the gate into it.
public struct StagePlan: Codable, Equatable, Hashable, Sendable {
    public var stage: Stage
    /// The most participants a pilot may have at this stage.
    public var cohortCap: Int
    /// The data domains allowed at this stage, each with the most access the tool may get.
    public var domains: [ScopeEntry]
    /// What it takes to enter this stage; empty for intake, which every pilot starts in.
    public var gate: GatePlan

    public init(stage: Stage, cohortCap: Int, domains: [ScopeEntry], gate: GatePlan) {
        self.stage = stage
        self.cohortCap = cohortCap
        self.domains = domains
        self.gate = gate
    }
}
