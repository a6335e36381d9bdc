import Foundation

/// What a reader checks a report against: the audit chain's newest entry when it was made.
public struct EvidenceFingerprint: Codable, Hashable, Sendable {
    public var auditSeq: Int64
    @Sanitized public var auditHash: String
    public var generatedAt: Date

    /// `SEQ:HASH`, as `pilotdeck audit verify --anchor` takes it.
    public var anchor: String { "\(auditSeq):\(auditHash)" }
}
