import Foundation

/// The conditions for entering a stage.
public struct GatePlan: Codable, Equatable, Hashable, Sendable {
    /// Disciplines that must each approve through at least one distinct reviewer (a quorum, not a vote count).
    public var signoffs: [Discipline]
    /// Keys of the playbook's metrics whose targets must be met.
    public var metrics: [String]

    public init(signoffs: [Discipline] = [], metrics: [String] = []) {
        self.signoffs = signoffs
        self.metrics = metrics
    }
}
