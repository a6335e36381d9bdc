import Foundation
import PilotKit

/// One of an engine's own checks: its name, and one line per problem (none when sound).
public struct IntegrityCheck: Sendable, Equatable {
    public var name: String
    public var problems: [String]
}

/// The result of `pilotdeck check`.
public struct IntegrityReport: Sendable {
    /// The engine's own checks, in the order they ran.
    public var checks: [IntegrityCheck]
    public var audit: AuditReport

    public var isHealthy: Bool { checks.allSatisfy(\.problems.isEmpty) && audit.isIntact }
}

extension PilotDatabase {
    /// The engine's own checks (SQLite's quick_check and foreign_key_check; PostgreSQL's
    /// indexes), plus the audit chain.
    public func check() throws -> IntegrityReport {
        IntegrityReport(checks: try engine.integrityCheck(), audit: try verifyAudit())
    }

    /// Copies a consistent snapshot to a new file `destination` (SQLite's online backup, so
    /// writers keep working); on PostgreSQL, refuses and names the server's own tools.
    public func backup(to destination: String) throws { try engine.backup(to: destination) }
}
