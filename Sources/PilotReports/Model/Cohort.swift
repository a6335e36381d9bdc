import Foundation

/// Who takes part, against what the stage allows.
public struct Cohort: Codable, Hashable, Sendable {
    /// The cohort size the pilot records.
    public var size: Int
    /// The most participants the current stage allows.
    public var cap: Int
    public var participants: Int
    /// Participants reaching the tool through a personal account (rule 4 fails on any).
    public var personalAccounts: Int
    @Sanitized public var sites: [String]
}
