import GRDB
import PilotKit

extension PilotDatabase {
    /// Recomputes the whole chain and compares every audited table with its last audited state,
    /// all in one read transaction; meanwhile another recomputes the metric sums and the feedback
    /// tallies from the rows of its own snapshot (a snapshot holds both or neither of a write's rows).
    public func verifyAudit(anchor: AuditAnchor? = nil) throws -> AuditReport {
        let sums = AuditWorkers<[String]>(limit: 1)
        sums.submit { [self] in try read { db in try MeasurementSumTable.problems(db) + FeedbackTallyTable.problems(db) } }
        defer { sums.wait() }
        var report = try read { db in
            var verifier = AuditVerifier(db: db, anchor: anchor)
            return try verifier.run()
        }
        report.sumProblems = try sums.results()[0]
        return report
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
