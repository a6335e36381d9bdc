import Foundation
import PilotKit

/// The AI tool with the hosting and contract terms rule 1 judges.
public struct ToolProfile: Codable, Hashable, Sendable {
    @Sanitized public var key: String
    @Sanitized public var name: String
    @Sanitized public var vendor: String
    @Sanitized public var model: String
    @Sanitized public var version: String
    public var hosting: Hosting
    public var baaSigned: Bool
    public var noTrainingClause: Bool
    public var retentionDays: Int
    public var vetting: VettingStatus
    /// Rule 1 findings; empty when hosting and contract are acceptable.
    @Sanitized public var contractProblems: [String]
}

extension ToolProfile {
    init(_ tool: Tool) {
        self.init(
            key: tool.key, name: tool.name, vendor: tool.vendor, model: tool.model, version: tool.version,
            hosting: tool.hosting, baaSigned: tool.baaSigned, noTrainingClause: tool.noTrainingClause,
            retentionDays: tool.retentionDays, vetting: tool.vetting, contractProblems: tool.contractProblems)
    }
}
