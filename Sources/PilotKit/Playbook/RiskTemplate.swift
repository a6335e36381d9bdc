import Foundation

/// A risk a new pilot's register starts with, so nobody begins from a blank page.
public struct RiskTemplate: Codable, Equatable, Hashable, Sendable {
    public var title: String
    public var category: RiskCategory
    /// 1 (rare) to 5 (almost certain).
    public var likelihood: Int
    /// 1 (negligible) to 5 (severe).
    public var impact: Int
    public var mitigation: String

    public init(title: String, category: RiskCategory, likelihood: Int, impact: Int, mitigation: String) {
        self.title = title
        self.category = category
        self.likelihood = likelihood
        self.impact = impact
        self.mitigation = mitigation
    }
}
