import PilotKit

/// What the pilot screen lists beside its gate evidence, read in one snapshot. On PostgreSQL its
/// statements travel together, one round trip for all of them (`PilotStatements`).
public struct PilotRecords: Sendable {
    public var participants: [Participant]
    /// The newest feedback entries, up to the limit asked for.
    public var feedback: [Feedback]
    public var feedbackCount: Int
    public var feedbackTallies: FeedbackTallies
    public var risks: [Risk]
    public var incidents: [Incident]
    public var decisions: [Decision]
    public var signOffs: [SignOff]
    /// The newest audit entries about the pilot, up to the limit asked for.
    public var audit: [AuditEntry]
}

/// The statements that read one pilot's lists: the single reads (`PilotDatabase.risks(of:)` and
/// the like) and `pilotRecords` run the same text, so the one sends them ahead and finds them.
enum PilotStatements {
    static func participants(_ pilotID: Int64) -> SQLStatement {
        SQLStatement("SELECT * FROM participant WHERE pilot_id = ? ORDER BY login", [pilotID])
    }

    static let feedbackClause = "WHERE pilot_id = ? AND withdrawn_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?"

    static func feedbackCount(_ pilotID: Int64) -> SQLStatement {
        SQLStatement(FeedbackTallyTable.countSQL, [pilotID])
    }

    static func risks(_ pilotID: Int64) -> SQLStatement { SQLStatement("SELECT * FROM risk WHERE pilot_id = ? ORDER BY id", [pilotID]) }

    static func incidents(_ pilotID: Int64) -> SQLStatement {
        SQLStatement("SELECT * FROM incident WHERE pilot_id = ? ORDER BY id DESC LIMIT 1000", [pilotID])
    }

    static func decisions(_ pilotID: Int64) -> SQLStatement {
        SQLStatement("SELECT * FROM decision WHERE pilot_id = ? ORDER BY id", [pilotID])
    }

    static func signOffs(_ pilotID: Int64) -> SQLStatement {
        SQLStatement("SELECT * FROM sign_off WHERE pilot_id = ? ORDER BY id", [pilotID])
    }

    static func audit(_ pilotID: Int64, limit: Int, offset: Int) -> SQLStatement {
        SQLStatement("SELECT * FROM audit WHERE pilot_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?", [pilotID, limit, offset])
    }

    static func tallies(_ pilotID: Int64) -> [SQLStatement] {
        [FeedbackTallyTable.ratingsSQL, FeedbackTallyTable.categoriesSQL, FeedbackTallyTable.tagsSQL].map { SQLStatement($0, [pilotID]) }
    }
}

extension PilotDatabase {
    /// A pilot's lists in one snapshot, its statements sent ahead together.
    public func pilotRecords(of pilotID: Int64, feedbackLimit: Int, auditLimit: Int) throws -> PilotRecords {
        try read { db in
            try db.prefetch(
                [
                    PilotStatements.participants(pilotID),
                    db.bulkStatement(Feedback.self, PilotStatements.feedbackClause, [pilotID, feedbackLimit, 0]),
                    PilotStatements.feedbackCount(pilotID), PilotStatements.risks(pilotID), PilotStatements.incidents(pilotID),
                    PilotStatements.decisions(pilotID), PilotStatements.signOffs(pilotID),
                    PilotStatements.audit(pilotID, limit: auditLimit, offset: 0),
                ] + PilotStatements.tallies(pilotID))
            return PilotRecords(
                participants: try Self.participants(db, pilotID),
                feedback: try db.bulkRecords(Feedback.self, PilotStatements.feedbackClause, [pilotID, feedbackLimit, 0]),
                feedbackCount: try db.count(PilotStatements.feedbackCount(pilotID)),
                feedbackTallies: try Self.feedbackTallies(db, pilotID: pilotID),
                risks: try db.all(Risk.self, PilotStatements.risks(pilotID)),
                incidents: try db.all(Incident.self, PilotStatements.incidents(pilotID)),
                decisions: try db.all(Decision.self, PilotStatements.decisions(pilotID)),
                signOffs: try db.all(SignOff.self, PilotStatements.signOffs(pilotID)),
                audit: try db.all(AuditEntry.self, PilotStatements.audit(pilotID, limit: auditLimit, offset: 0)))
        }
    }

    static func participants(_ db: any StoreSession, _ pilotID: Int64) throws -> [Participant] {
        try db.all(ParticipantRow.self, PilotStatements.participants(pilotID))
            .map { Participant(login: $0.login, account: $0.account, pendingStage: $0.pendingStage) }
    }
}
