import Foundation
import GRDB
import PilotKit

/// Read-only queries shared by the CLI, the TUI and reports. Lists are bounded or paged in SQL.
extension PilotDatabase {
    public func pilots() throws -> [Pilot] {
        try read { db in try db.all(Pilot.self, "SELECT * FROM pilot ORDER BY key") }
    }

    public func pilot(_ keyOrID: String) throws -> Pilot {
        try read { db in try Ledger.pilot(keyOrID, db) }
    }

    public func people() throws -> [Person] {
        try read { db in try db.all(Person.self, "SELECT * FROM person ORDER BY login") }
    }

    public func person(_ login: String) throws -> Person {
        try read { db in try Ledger.person(login, db) }
    }

    public func tools() throws -> [Tool] {
        try read { db in try db.all(Tool.self, "SELECT * FROM tool ORDER BY key") }
    }

    public func tool(_ key: String) throws -> Tool {
        try read { db in try Ledger.tool(key, db) }
    }

    public func toolReviews(_ key: String) throws -> [ToolReview] {
        try read { db in
            let tool = try Ledger.tool(key, db)
            return try db.all(ToolReview.self, "SELECT * FROM tool_review WHERE tool_id = ? ORDER BY id", [tool.id!])
        }
    }

    public func catalogue() throws -> [DataDomain] {
        try read { db in try db.all(DataDomain.self, "SELECT * FROM data_domain ORDER BY key") }
    }

    public func playbook(of pilot: Pilot) throws -> Playbook {
        try read { db in try Ledger.playbook(pilot.playbook, db) }
    }

    /// Where `pilotdeck migrate` moved this file; nil for a database in use.
    public func movedTo() throws -> String? {
        try read(Settings.movedTo)
    }

    public func isDemo() throws -> Bool {
        try read { db in try Settings.isDemo(db) }
    }

    public func organizationDomains() throws -> [String] {
        try read { db in try Settings.accountPolicy(db).organizationDomains }
    }

    public func scope(of pilotID: Int64) throws -> [ScopeEntry] {
        try read { db in
            try db.all(ScopeRow.self, "SELECT * FROM pilot_scope WHERE pilot_id = ? ORDER BY domain_key", [pilotID])
                .map { ScopeEntry(domainKey: $0.domainKey, access: $0.access) }
        }
    }

    public func participants(of pilotID: Int64) throws -> [Participant] {
        try read { db in try Self.participants(db, pilotID) }
    }

    /// The pilots a person takes part in or owns, for a clinician's home screen.
    public func pilots(involving login: String) throws -> [Pilot] {
        try read { db in
            try db.all(
                Pilot.self,
                """
                SELECT * FROM pilot WHERE owner_login = ?
                   OR id IN (SELECT pilot_id FROM participant WHERE login = ?) ORDER BY key
                """, [login, login])
        }
    }

    public func measurements(of pilotID: Int64, metric: String? = nil, limit: Int = 500) throws -> [MetricMeasurement] {
        try read { db in
            let filter = metric == nil ? "" : " AND metric_key = ?"
            return try db.all(
                MetricMeasurement.self, "SELECT * FROM measurement WHERE pilot_id = ?\(filter) ORDER BY day DESC, id DESC LIMIT ?",
                [pilotID] + (metric.map { [$0] } ?? []) + [limit]
            ).reversed()
        }
    }

    /// Each playbook metric's n-weighted value at the pilot's stage, baseline and recent trend,
    /// computed in SQL so a pilot with a million measurements stays instant.
    public func metricSummaries(of pilot: Pilot, playbook: Playbook) throws -> [MetricSummary] {
        try read { db in try Self.metricSummaries(db, pilot: pilot, metrics: playbook.metrics) }
    }

    /// Which metrics of a summary carry their trend: the portfolio draws only the headline's, and
    /// the figures a review holds today's to (`GateEvidence.acceptedMetrics`) none.
    public enum Trends: Sendable { case all, headline, none }

    static func metricSummaries(_ db: any StoreSession, pilot: Pilot, metrics: [MetricDefinition], trends: Trends = .all) throws
        -> [MetricSummary]
    {
        try metricSummaries(db, pilots: [(pilot, metrics)], trends: trends)[0]
    }

    /// The summaries of many pilots' metrics in two statements (their sums; their trends),
    /// whatever their number, sent together: over a WAN each statement is a round trip.
    static func metricSummaries(_ db: any StoreSession, pilots: [(pilot: Pilot, metrics: [MetricDefinition])], trends: Trends) throws
        -> [[MetricSummary]]
    {
        typealias Sums = (current: Row?, baseline: Row?)
        var sums: [Int64: [String: Sums]] = [:]
        let sumStatements = pilots.chunks(of: db.dialect.pilotsPerStatement).map { chunk in
            SQLStatement(
                MeasurementSumTable.sumsSQL(pilots: chunk.count), chunk.flatMap { [$0.pilot.id!, $0.pilot.stage.rawValue] as SQLArguments })
        }
        let drawn = pilots.flatMap { entry in
            entry.metrics.enumerated().filter { trends == .all || (trends == .headline && $0.offset == 0) }.map { (entry.pilot.id!, $0.element.key) }
        }
        let trendStatements = Self.trendStatements(db.dialect, of: drawn)
        try db.prefetch(sumStatements + (trendStatements ?? []))
        for statement in sumStatements {
            for row in try db.rows(statement) {
                let pilot: Int64 = row["pilot_id"]
                let key: String = row["metric_key"]
                if row["is_baseline"] {
                    sums[pilot, default: [:]][key, default: (nil, nil)].baseline = row
                } else {
                    sums[pilot, default: [:]][key, default: (nil, nil)].current = row
                }
            }
        }
        let trendValues = try self.trends(db, of: drawn, statements: trendStatements)
        return pilots.map { entry in
            entry.metrics.map { definition in
                let sum = sums[entry.pilot.id!]?[definition.key]
                func pooled(_ row: Row?) -> PooledSample? {
                    row.flatMap { PooledSample(kind: definition.statisticalKind, unit: definition.unit, sums: Self.measurementSums($0, unit: definition.unit)) }
                }
                return MetricSummary(
                    definition: definition, value: sum?.current?["v"], n: sum?.current?["n"] ?? 0, baseline: sum?.baseline?["v"],
                    baselineN: sum?.baseline?["n"] ?? 0, trend: trendValues[TrendKey(pilot: entry.pilot.id!, metric: definition.key)] ?? [],
                    sample: pooled(sum?.current), baselineSample: pooled(sum?.baseline))
            }
        }
    }

    struct TrendKey: Hashable {
        let pilot: Int64
        let metric: String
    }

    /// The statements reading the trends of many (pilot, metric) pairs together, in chunks;
    /// nil where the engine reads them one by one.
    static func trendStatements(_ dialect: SQLDialect, of pairs: [(Int64, String)]) -> [SQLStatement]? {
        guard dialect.trendsSQL(pairs: 1) != nil else { return nil }
        return pairs.chunks(of: 400).map { chunk in
            SQLStatement(dialect.trendsSQL(pairs: chunk.count)!, chunk.flatMap { [$0.0, $0.1] as SQLArguments })
        }
    }

    /// The trend of each (pilot, metric): by `statements` where the engine reads them together,
    /// else one by one.
    static func trends(_ db: any StoreSession, of pairs: [(Int64, String)], statements: [SQLStatement]?) throws -> [TrendKey: [Double]] {
        var trends: [TrendKey: [Double]] = [:]
        guard let statements else {
            for (pilot, metric) in pairs {
                trends[TrendKey(pilot: pilot, metric: metric)] = try db.values(Double.self, SQLDialect.trendSQL, [pilot, metric])
            }
            return trends
        }
        for statement in statements {
            for row in try db.rows(statement) {
                trends[TrendKey(pilot: row["pilot_id"], metric: row["metric_key"]), default: []].append(row["value"])
            }
        }
        return trends
    }

    /// A row of the metric sums as `MeasurementSums`, the share's events for the unit's scale.
    static func measurementSums(_ row: Row, unit: String) -> MeasurementSums {
        MeasurementSums(
            n: row["n"], weighted: row["nv"], weightedSquares: row["nvv"], within: row["within"] ?? 0, withoutSD: row["without_sd"],
            shareEvents: Int((unit.trimmingWhitespace() == "%" ? row["percent_events"] : row["share_events"]) as Double),
            countedEvents: Int(row["counted"] as Double))
    }

    public func feedback(of pilotID: Int64, limit: Int = 100, offset: Int = 0) throws -> [Feedback] {
        try read { db in
            try db.bulkRecords(Feedback.self, PilotStatements.feedbackClause, [pilotID, limit, offset])
        }
    }

    public func feedbackCount(of pilotID: Int64) throws -> Int {
        try read { db in try db.count(PilotStatements.feedbackCount(pilotID)) }
    }

    public func risks(of pilotID: Int64) throws -> [Risk] {
        try read { db in try db.all(Risk.self, PilotStatements.risks(pilotID)) }
    }

    public func incidents(of pilotID: Int64? = nil) throws -> [Incident] {
        try read { db in
            if let pilotID { return try db.all(Incident.self, PilotStatements.incidents(pilotID)) }
            return try db.all(Incident.self, "SELECT * FROM incident ORDER BY id DESC LIMIT 1000")
        }
    }

    public func incident(_ id: Int64) throws -> Incident {
        try read { db in
            guard let incident = try db.record(Incident.self, key: [id]) else {
                throw StoreError.notFound(entity: "incident", name: String(id))
            }
            return incident
        }
    }

    public func incidentEvents(_ incidentID: Int64) throws -> [IncidentEvent] {
        try read { db in try db.all(IncidentEvent.self, "SELECT * FROM incident_event WHERE incident_id = ? ORDER BY id", [incidentID]) }
    }

    public func decisions(of pilotID: Int64) throws -> [Decision] {
        try read { db in try db.all(Decision.self, PilotStatements.decisions(pilotID)) }
    }

    public func signOffs(of pilotID: Int64) throws -> [SignOff] {
        try read { db in try db.all(SignOff.self, PilotStatements.signOffs(pilotID)) }
    }

    /// Open incidents and open risks of a pilot, counted in SQL.
    /// A window of the audit log, newest first: all entries, or those whose person, OS login,
    /// entity kind or action contains `text` or whose entity id is `text` (see `AuditSearch`).
    /// Unfiltered windows are found by sequence number (the chain has no gaps), not by skipping rows.
    public func auditWindow(matching text: String?, limit: Int, offset: Int) throws -> AuditWindow {
        try read { db in
            guard let text, !text.isEmpty else {
                let head = try AuditedWrites.loadHead(db).seq
                let entries = try db.all(
                    AuditEntry.self, "SELECT * FROM audit WHERE seq <= ? ORDER BY seq DESC LIMIT ?", [head - Int64(offset), limit])
                return AuditWindow(entries: entries, total: Int(head), isComplete: true)
            }
            var search = try AuditSearch(text, kinds: Self.auditedTypes.map { $0.entity }, db)
            let (seqs, hasMore) = try search.page(db, limit: limit, offset: offset)
            let entries =
                seqs.isEmpty
                ? []
                : try db.all(
                    AuditEntry.self, "SELECT * FROM audit WHERE seq IN (\(seqs.map { _ in "?" }.joined(separator: ", "))) ORDER BY seq DESC", seqs)
            return AuditWindow(entries: entries, total: offset + entries.count + (hasMore ? 1 : 0), isComplete: !hasMore)
        }
    }

    /// Audit entries, newest first, optionally for one pilot.
    public func auditEntries(pilotID: Int64? = nil, limit: Int = 200, offset: Int = 0) throws -> [AuditEntry] {
        try read { db in
            if let pilotID {
                return try db.all(AuditEntry.self, PilotStatements.audit(pilotID, limit: limit, offset: offset))
            }
            return try db.all(AuditEntry.self, "SELECT * FROM audit ORDER BY seq DESC LIMIT ? OFFSET ?", [limit, offset])
        }
    }

    public func auditCount(pilotID: Int64? = nil) throws -> Int {
        try read { db in
            if let pilotID { return try db.count("SELECT COUNT(*) FROM audit WHERE pilot_id = ?", [pilotID]) }
            return try db.count("SELECT COUNT(*) FROM audit")
        }
    }

    // MARK: - Gates

    public func readiness(of keyOrID: String, today: Day = Day(Date())) throws -> GateReadiness {
        try read { db in try Self.readiness(db, pilot: Ledger.pilot(keyOrID, db), today: today) }
    }

    static func readiness(_ db: any StoreSession, pilot: Pilot, today: Day) throws -> GateReadiness {
        var reader = GateEvidenceReader(db: db, today: today)
        return GateEvaluator.evaluate(try reader.evidence(for: pilot))
    }

    /// The gate evidence of many pilots in one read: what pilots share (playbooks, tools, the
    /// catalogue, the account policy) is read once. The portfolio asks for the headline's trend
    /// only (the first metric's), the pilot screen for all.
    public func gateEvidence(of pilots: [Pilot], today: Day, trends: Trends = .headline) throws -> [GateEvidence] {
        try read { db in
            var reader = GateEvidenceReader(db: db, today: today, trends: trends)
            return try reader.evidence(for: pilots)
        }
    }
}
