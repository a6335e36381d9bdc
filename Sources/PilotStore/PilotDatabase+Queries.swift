import Foundation
import GRDB
import PilotKit

/// Read-only queries shared by the CLI, the TUI and reports. Lists are bounded or paged in SQL.
extension PilotDatabase {
    public func pilots() throws -> [Pilot] {
        try read { db in try Pilot.order(Column("key")).fetchAll(db) }
    }

    public func pilot(_ keyOrID: String) throws -> Pilot {
        try read { db in try Ledger.pilot(keyOrID, db) }
    }

    public func people() throws -> [Person] {
        try read { db in try Person.order(Column("login")).fetchAll(db) }
    }

    public func person(_ login: String) throws -> Person {
        try read { db in try Ledger.person(login, db) }
    }

    public func tools() throws -> [Tool] {
        try read { db in try Tool.order(Column("key")).fetchAll(db) }
    }

    public func tool(_ key: String) throws -> Tool {
        try read { db in try Ledger.tool(key, db) }
    }

    public func toolReviews(_ key: String) throws -> [ToolReview] {
        try read { db in
            let tool = try Ledger.tool(key, db)
            return try ToolReview.filter(Column("tool_id") == tool.id!).order(Column("id")).fetchAll(db)
        }
    }

    public func catalogue() throws -> [DataDomain] {
        try read { db in try DataDomain.order(Column("key")).fetchAll(db) }
    }

    public func playbook(of pilot: Pilot) throws -> Playbook {
        try read { db in try Ledger.playbook(pilot.playbook, db) }
    }

    public func isDemo() throws -> Bool {
        try read { db in try Settings.isDemo(db) }
    }

    public func organizationDomains() throws -> [String] {
        try read { db in try Settings.accountPolicy(db).organizationDomains }
    }

    public func scope(of pilotID: Int64) throws -> [ScopeEntry] {
        try read { db in
            try ScopeRow.filter(Column("pilot_id") == pilotID).order(Column("domain_key")).fetchAll(db)
                .map { ScopeEntry(domainKey: $0.domainKey, access: $0.access) }
        }
    }

    public func participants(of pilotID: Int64) throws -> [Participant] {
        try read { db in
            try ParticipantRow.filter(Column("pilot_id") == pilotID).order(Column("login")).fetchAll(db)
                .map { Participant(login: $0.login, account: $0.account, pendingStage: $0.pendingStage) }
        }
    }

    /// The pilots a person takes part in or owns, for a clinician's home screen.
    public func pilots(involving login: String) throws -> [Pilot] {
        try read { db in
            try Pilot.fetchAll(
                db,
                sql: """
                    SELECT * FROM pilot WHERE owner_login = ?
                       OR id IN (SELECT pilot_id FROM participant WHERE login = ?) ORDER BY key
                    """, arguments: [login, login])
        }
    }

    public func measurements(of pilotID: Int64, metric: String? = nil, limit: Int = 500) throws -> [MetricMeasurement] {
        try read { db in
            var request = MetricMeasurement.filter(Column("pilot_id") == pilotID)
            if let metric { request = request.filter(Column("metric_key") == metric) }
            return try request.order(Column("day").desc, Column("id").desc).limit(limit).fetchAll(db).reversed()
        }
    }

    /// Each playbook metric's n-weighted value at the pilot's stage, baseline and recent trend,
    /// computed in SQL so a pilot with a million measurements stays instant.
    public func metricSummaries(of pilot: Pilot, playbook: Playbook) throws -> [MetricSummary] {
        try read { db in try Self.metricSummaries(db, pilot: pilot, metrics: playbook.metrics) }
    }

    /// Which metrics of a summary carry their trend: the portfolio draws only the headline's.
    public enum Trends: Sendable { case all, headline }

    static func metricSummaries(_ db: Database, pilot: Pilot, metrics: [MetricDefinition], trends: Trends = .all) throws
        -> [MetricSummary]
    {
        var sums: [String: (current: Row?, baseline: Row?)] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT metric_key, is_baseline, SUM(value * n) / SUM(n) AS v, SUM(n) AS n, SUM(value * n) AS nv,
                    SUM(n * value * value) AS nvv, SUM((n - 1) * sd * sd) AS within, SUM(sd IS NULL AND n > 1) AS without_sd,
                    SUM(ROUND(n * value / 100.0)) AS percent_events, SUM(ROUND(n * value)) AS share_events, SUM(ROUND(value)) AS counted
                FROM measurement
                WHERE pilot_id = ? AND (is_baseline = 1 OR stage = ?) GROUP BY metric_key, is_baseline
                """), arguments: [pilot.id!, pilot.stage.rawValue])
        {
            let key: String = row["metric_key"]
            if row["is_baseline"] { sums[key, default: (nil, nil)].baseline = row } else { sums[key, default: (nil, nil)].current = row }
        }
        let trend = try db.cachedStatement(sql: """
            SELECT value FROM (SELECT value, day, id FROM measurement
            WHERE pilot_id = ? AND metric_key = ? AND is_baseline = 0 ORDER BY day DESC, id DESC LIMIT 24)
            ORDER BY day, id
            """)
        return try metrics.enumerated().map { index, definition in
            let sum = sums[definition.key]
            let drawn = trends == .all || index == 0
            func pooled(_ row: Row?) -> PooledSample? {
                row.flatMap { PooledSample(kind: definition.statisticalKind, unit: definition.unit, sums: Self.measurementSums($0, unit: definition.unit)) }
            }
            return MetricSummary(
                definition: definition, value: sum?.current?["v"], n: sum?.current?["n"] ?? 0, baseline: sum?.baseline?["v"],
                baselineN: sum?.baseline?["n"] ?? 0,
                trend: drawn ? try Double.fetchAll(trend, arguments: [pilot.id!, definition.key]) : [],
                sample: pooled(sum?.current), baselineSample: pooled(sum?.baseline))
        }
    }

    /// A row of the metric sums as `MeasurementSums`, the share's events for the unit's scale.
    static func measurementSums(_ row: Row, unit: String) -> MeasurementSums {
        MeasurementSums(
            n: row["n"], weighted: row["nv"], weightedSquares: row["nvv"], within: row["within"] ?? 0, withoutSD: row["without_sd"],
            shareEvents: Int((unit.trimmingCharacters(in: .whitespaces) == "%" ? row["percent_events"] : row["share_events"]) as Double),
            countedEvents: Int(row["counted"] as Double))
    }

    public func feedback(of pilotID: Int64, limit: Int = 100, offset: Int = 0) throws -> [Feedback] {
        try read { db in
            try Feedback.fetchAll(db, "WHERE pilot_id = ? AND withdrawn_at IS NULL ORDER BY id DESC LIMIT ? OFFSET ?", arguments: [pilotID, limit, offset])
        }
    }

    public func feedbackCount(of pilotID: Int64) throws -> Int {
        try read { db in try Feedback.filter(Column("pilot_id") == pilotID && Column("withdrawn_at") == nil).fetchCount(db) }
    }

    public func risks(of pilotID: Int64) throws -> [Risk] {
        try read { db in try Risk.filter(Column("pilot_id") == pilotID).order(Column("id")).fetchAll(db) }
    }

    public func incidents(of pilotID: Int64? = nil) throws -> [Incident] {
        try read { db in
            var request = Incident.order(Column("id").desc)
            if let pilotID { request = request.filter(Column("pilot_id") == pilotID) }
            return try request.limit(1000).fetchAll(db)
        }
    }

    public func incident(_ id: Int64) throws -> Incident {
        try read { db in
            guard let incident = try Incident.fetchOne(db, key: id) else {
                throw StoreError.notFound(entity: "incident", name: String(id))
            }
            return incident
        }
    }

    public func incidentEvents(_ incidentID: Int64) throws -> [IncidentEvent] {
        try read { db in try IncidentEvent.filter(Column("incident_id") == incidentID).order(Column("id")).fetchAll(db) }
    }

    public func decisions(of pilotID: Int64) throws -> [Decision] {
        try read { db in try Decision.filter(Column("pilot_id") == pilotID).order(Column("id")).fetchAll(db) }
    }

    public func signOffs(of pilotID: Int64) throws -> [SignOff] {
        try read { db in try SignOff.filter(Column("pilot_id") == pilotID).order(Column("id")).fetchAll(db) }
    }

    /// Open incidents and open risks of a pilot, counted in SQL.
    /// A window of the audit log, newest first: all entries, or those whose person, OS login,
    /// entity kind or action contains `text` or whose entity id is `text` (see `AuditSearch`).
    /// Unfiltered windows are found by sequence number (the chain has no gaps), not by skipping rows.
    public func auditWindow(matching text: String?, limit: Int, offset: Int) throws -> AuditWindow {
        try read { db in
            guard let text, !text.isEmpty else {
                let head = try AuditedWrites.loadHead(db).seq
                let entries = try AuditEntry.filter(Column("seq") <= head - Int64(offset)).order(Column("seq").desc).limit(limit).fetchAll(db)
                return AuditWindow(entries: entries, total: Int(head), isComplete: true)
            }
            var search = try AuditSearch(text, kinds: Self.auditedTypes.map { $0.entity }, db)
            let (seqs, hasMore) = try search.page(db, limit: limit, offset: offset)
            let entries = seqs.isEmpty ? [] : try AuditEntry.filter(seqs.contains(Column("seq"))).order(Column("seq").desc).fetchAll(db)
            return AuditWindow(entries: entries, total: offset + entries.count + (hasMore ? 1 : 0), isComplete: !hasMore)
        }
    }

    /// Audit entries, newest first, optionally for one pilot.
    public func auditEntries(pilotID: Int64? = nil, limit: Int = 200, offset: Int = 0) throws -> [AuditEntry] {
        try read { db in
            var request = AuditEntry.order(Column("seq").desc)
            if let pilotID { request = request.filter(Column("pilot_id") == pilotID) }
            return try request.limit(limit, offset: offset).fetchAll(db)
        }
    }

    public func auditCount(pilotID: Int64? = nil) throws -> Int {
        try read { db in
            var request = AuditEntry.all()
            if let pilotID { request = request.filter(Column("pilot_id") == pilotID) }
            return try request.fetchCount(db)
        }
    }

    // MARK: - Gates

    public func readiness(of keyOrID: String, today: Day = Day(Date())) throws -> GateReadiness {
        try read { db in try Self.readiness(db, pilot: Ledger.pilot(keyOrID, db), today: today) }
    }

    static func readiness(_ db: Database, pilot: Pilot, today: Day) throws -> GateReadiness {
        var reader = GateEvidenceReader(db: db, today: today)
        return GateEvaluator.evaluate(try reader.evidence(for: pilot))
    }

    /// The gate evidence of many pilots in one read: what pilots share (playbooks, tools, the
    /// catalogue, the account policy) is read once. The portfolio asks for the headline's trend
    /// only (the first metric's), the pilot screen for all.
    public func gateEvidence(of pilots: [Pilot], today: Day, trends: Trends = .headline) throws -> [GateEvidence] {
        try read { db in
            var reader = GateEvidenceReader(db: db, today: today, trends: trends)
            return try pilots.map { try reader.evidence(for: $0) }
        }
    }
}
