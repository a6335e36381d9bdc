import GRDB
import PilotKit

extension PilotDatabase {
    /// Recomputes the whole chain, compares every audited table with its last audited state, and
    /// holds the derived tables to what the rows read add up to, all in one read transaction.
    public func verifyAudit(anchor: AuditAnchor? = nil) throws -> AuditReport {
        try read { db in
            var verifier = AuditVerifier(db: db, anchor: anchor)
            return try verifier.run()
        }
    }

    /// The statements whose rows `verifyAudit` reads, each once, in SQL both engines run: the
    /// chain, every audited table, the derived tables and the filter's index. The bench times the
    /// engine's own client reading them: the floor under any verifier of these rows.
    public static var verifiedReads: [String] {
        [AuditVerifier.chainSQL]
            + auditedTypes.map { type in
                (type as? any BulkRecord.Type).map { $0.inIDOrderSQL } ?? "SELECT * FROM \(type.databaseTableName)"
            }
            + [MeasurementSumTable.name, FeedbackTallyTable.name, FeedbackTallyTable.tagName].map { "SELECT * FROM \($0)" }
            + [AuditBlockIndex.sql]
    }

    /// Every table the Ledger writes.
    static let auditedTypes: [any StoredRecord.Type] = [
        SettingRow.self, DataDomain.self, PlaybookRow.self, Person.self, Tool.self, ToolReview.self, Pilot.self,
        ScopeRow.self, ParticipantRow.self, MetricMeasurement.self, Feedback.self, Risk.self, Incident.self,
        IncidentEvent.self, Decision.self, SignOff.self,
    ]

    /// The newest entry, for `audit anchor` and report fingerprints.
    public func auditHead() throws -> AuditAnchor {
        try read { db in
            let head = try AuditedWrites.loadHead(db)
            return AuditAnchor(seq: head.seq, hash: head.hash)
        }
    }
}
