import Foundation
import PilotKit

/// The pilot's risk register and its 5x5 likelihood x impact heat map.
public struct RiskRegister: Codable, Hashable, Sendable {
    /// One risk of the register.
    public struct Entry: Codable, Hashable, Sendable {
        public var id: Int64
        @Sanitized public var title: String
        public var category: RiskCategory
        public var likelihood: Int
        public var impact: Int
        public var score: Int
        @Sanitized public var mitigation: String
        @Sanitized public var owner: String
        public var status: RiskStatus
    }

    public static let scale = 5

    /// An open risk scoring above this needs a mitigation before a gate passes.
    public var threshold: Int
    /// `heatMap[likelihood - 1][impact - 1]`: how many risks not yet closed sit in each cell.
    public var heatMap: [[Int]]
    /// Highest score first.
    public var entries: [Entry]
}

extension RiskRegister {
    init(_ risks: [Risk], threshold: Int) {
        var grid = Array(repeating: Array(repeating: 0, count: Self.scale), count: Self.scale)
        for risk in risks where risk.status != .closed && (1...Self.scale).contains(risk.likelihood)
            && (1...Self.scale).contains(risk.impact) {
            grid[risk.likelihood - 1][risk.impact - 1] += 1
        }
        let entries = risks.sorted { ($1.score, $0.id ?? 0) < ($0.score, $1.id ?? 0) }.map {
            Entry(
                id: $0.id ?? 0, title: $0.title, category: $0.category, likelihood: $0.likelihood, impact: $0.impact,
                score: $0.score, mitigation: $0.mitigation, owner: $0.ownerLogin, status: $0.status)
        }
        self.init(threshold: threshold, heatMap: grid, entries: entries)
    }
}
