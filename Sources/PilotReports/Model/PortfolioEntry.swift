import Foundation
import PilotKit

/// One pilot's line in the portfolio.
public struct PortfolioEntry: Codable, Hashable, Sendable {
    @Sanitized public var key: String
    @Sanitized public var name: String
    @Sanitized public var useCase: String
    @Sanitized public var tool: String
    public var stage: Stage
    public var status: PilotStatus
    @Sanitized public var statusReason: String
    public var cohortSize: Int
    public var readiness: ReadinessSummary
    /// The playbook's first metric; nil when the playbook defines none.
    public var headline: MetricLine?
    /// Incidents not yet closed.
    public var openIncidents: Int
    public var highestOpenSeverity: Severity?
    public var openRisks: Int
    public var highestOpenRiskScore: Int?
    public var nextReviewOn: Day?
    public var needsRevalidation: Bool
}
