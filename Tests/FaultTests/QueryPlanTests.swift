import Foundation
import GRDB
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

/// The dashboard's reads (the store calls `DeckLoader` and `DeckRuntime` make) must not scan
/// the tables that grow without bound.
@Suite("Queries on the UI path use indexes")
struct QueryPlanTests {
    static let largeTables = ["measurement", "feedback", "audit"]

    /// Every store read the dashboard makes, named for the failure message.
    static func uiReads(_ database: PilotDatabase, pilot: Pilot) -> [(String, () throws -> Void)] {
        let id = pilot.id!
        return [
            ("portfolio", { _ = try database.pilots() }),
            ("my pilots", { _ = try database.pilots(involving: pilot.ownerLogin) }),
            ("readiness", { _ = try database.readiness(of: String(id)) }),
            ("metric summaries", { _ = try database.metricSummaries(of: pilot, playbook: database.playbook(of: pilot)) }),
            ("portfolio evidence", { _ = try database.gateEvidence(of: [pilot], today: Day(Date())) }),
            ("scope", { _ = try database.scope(of: id) }),
            ("participants", { _ = try database.participants(of: id) }),
            ("pilot feedback", { _ = try database.feedback(of: id, limit: 500) }),
            ("pilot feedback count", { _ = try database.feedbackCount(of: id) }),
            ("pilot feedback tallies", { _ = try database.feedbackTallies(of: id) }),
            ("withdrawn feedback among audit entries", { _ = try database.withdrawnFeedback(among: [1, 2, 3]) }),
            ("risks, incidents, decisions, sign-offs", {
                _ = try (database.risks(of: id), database.incidents(of: id), database.decisions(of: id), database.signOffs(of: id))
            }),
            ("pilot audit", { _ = try database.auditEntries(pilotID: id, limit: 500) }),
            ("tools, people, domains", { _ = try (database.tools(), database.people(), database.organizationDomains()) }),
            ("audit page", { _ = try database.auditWindow(matching: nil, limit: 200, offset: 0) }),
            ("audit page, deep", { _ = try database.auditWindow(matching: nil, limit: 200, offset: 1000) }),
            ("audit filtered by kind", { _ = try database.auditWindow(matching: "feedback", limit: 200, offset: 0) }),
            ("audit filtered by action, deep", { _ = try database.auditWindow(matching: "delete", limit: 200, offset: 300) }),
            ("audit filtered by person", { _ = try database.auditWindow(matching: pilot.ownerLogin, limit: 200, offset: 0) }),
            ("audit filtered by OS login", { _ = try database.auditWindow(matching: Identity.osLogin(), limit: 200, offset: 0) }),
            ("audit filtered by entity id", { _ = try database.auditWindow(matching: String(id), limit: 200, offset: 0) }),
            ("audit filtered, no match", { _ = try database.auditWindow(matching: "no such text", limit: 200, offset: 0) }),
            ("audit head (change polling)", { _ = try database.auditHead() }),
        ]
    }

    @Test("no dashboard read scans measurement, feedback or audit")
    func noScans() throws {
        let cli = try CLI()
        let database = try PilotDatabase(path: try SeededDemo.copy(into: cli))
        let pilot = try database.pilot(try SeededDemo.summary.readyPilot)
        let recorder = Recorder()
        try database.sqliteRead { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { recorder.append(statement.expandedSQL) }
            }
        }
        for (label, read) in Self.uiReads(database, pilot: pilot) {
            recorder.reset()
            try read()
            let scans = try recorder.statements.flatMap { sql in try Self.scans(in: sql, database) }
            #expect(!recorder.statements.isEmpty, "\(label) sent no SQL through the traced reader")
            #expect(scans.isEmpty, "\(label): \(scans)")
        }
    }

    /// The plan lines of `sql` that scan a large table.
    static func scans(in sql: String, _ database: PilotDatabase) throws -> [String] {
        let keyword = sql.trimmingCharacters(in: .whitespacesAndNewlines).prefix(6).uppercased()
        guard keyword == "SELECT" || keyword.hasPrefix("WITH") else { return [] }
        let plan = try database.sqliteRead { db in try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String } }
        return plan.filter { line in
            largeTables.contains { table in line.hasPrefix("SCAN \(table)") && !(line == "SCAN \(table)" && isNewestFirstWindow(sql)) }
        }.map { "\($0) in \(sql)" }
    }

    /// An unfiltered walk in key order from the newest row that stops at its LIMIT reads only the
    /// rows it returns, although the plan calls it a SCAN. An OFFSET walks the skipped rows too.
    static func isNewestFirstWindow(_ sql: String) -> Bool {
        let upper = sql.uppercased()
        return upper.contains(" LIMIT ") && !upper.contains(" WHERE ")
            && upper.range(of: #" OFFSET [1-9]"#, options: .regularExpression) == nil
    }
}
