import Foundation
import PilotKit

/// The result of `pilotdeck check`.
public struct IntegrityReport: Sendable {
    public var quickCheck: [String]
    public var foreignKeyViolations: [String]
    public var audit: AuditReport

    public var isHealthy: Bool { quickCheck == ["ok"] && foreignKeyViolations.isEmpty && audit.isIntact }
}

extension PilotDatabase {
    /// The engine's own checks (SQLite's quick_check and foreign_key_check), plus the audit chain.
    public func check() throws -> IntegrityReport {
        let (quick, foreign) = try engine.integrityCheck()
        return IntegrityReport(quickCheck: quick, foreignKeyViolations: foreign, audit: try verifyAudit())
    }

    /// Copies a consistent snapshot to a new file `destination` (SQLite's online backup, so
    /// writers keep working); on PostgreSQL, refuses and names the server's own tools.
    public func backup(to destination: String) throws { try engine.backup(to: destination) }
}
