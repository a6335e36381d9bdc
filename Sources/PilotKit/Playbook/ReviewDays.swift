/// How often a pilot in general use is reviewed, in days, by its risk tier: the playbook's
/// `review_days`. Riskier pilots are looked at sooner.
public struct ReviewDays: Codable, Equatable, Hashable, Sendable {
    public var low: Int
    public var medium: Int
    public var high: Int

    public init(low: Int, medium: Int, high: Int) {
        self.low = low
        self.medium = medium
        self.high = high
    }

    /// A month for a high-risk pilot, a quarter for a medium one, half a year for a low one.
    public static let standard = ReviewDays(low: 180, medium: 90, high: 30)

    public func days(for tier: RiskTier) -> Int {
        switch tier {
        case .low: low
        case .medium: medium
        case .high: high
        }
    }
}
