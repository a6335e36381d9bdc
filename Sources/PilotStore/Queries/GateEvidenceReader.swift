import Foundation
import GRDB
import PilotKit

/// Reads the evidence a gate is judged on, within one read transaction. Playbooks, tools, the
/// catalogue and the account policy are read once and reused, so the portfolio's dozens of
/// pilots cost a few statements each.
struct GateEvidenceReader {
    let db: any StoreSession
    let today: Day
    let trends: PilotDatabase.Trends
    private var playbooks: [String: Playbook] = [:]
    private var tools: [String: Tool] = [:]
    private var shared: (policy: AccountPolicy, catalogue: [DataDomain])?

    init(db: any StoreSession, today: Day, trends: PilotDatabase.Trends = .all) {
        self.db = db
        self.today = today
        self.trends = trends
    }

    mutating func evidence(for pilot: Pilot) throws -> GateEvidence { try evidence(for: [pilot])[0] }

    /// The evidence of many pilots in a few statements each reading all of them (in chunks of
    /// a few hundred): over a WAN every statement is a round trip, so the portfolio's hundreds of
    /// pilots cost what one does. The statements that do not depend on each other are sent
    /// ahead together, and so are the metrics' two: two round trips in all.
    mutating func evidence(for pilots: [Pilot]) throws -> [GateEvidence] {
        var accounts: [Int64: [GateEvidence.Account]] = [:]
        var scopes: [Int64: [ScopeEntry]] = [:]
        var incidents: [Int64: [Incident]] = [:]
        var risks: [Int64: [Risk]] = [:]
        var signOffs: [Int64: [SignOff]] = [:]
        var lastDecisions: [Int64: Day] = [:]
        let chunks = PilotChunk.chunks(pilots.map { $0.id! })
        try db.prefetch(
            chunks.flatMap(\.all) + (shared == nil ? [Settings.accountPolicyStatement, Self.catalogue] : [])
                + Set(pilots.map(\.playbook)).subtracting(playbooks.keys).sorted().map { .record(PlaybookRow.self, key: [$0]) }
                + Set(pilots.map(\.toolKey)).subtracting(tools.keys).sorted().map(Ledger.toolStatement))
        for chunk in chunks {
            for row in try db.rows(chunk.accounts) {
                accounts[row["pilot_id"], default: []].append(.init(login: row["login"], email: row["email"], kind: row["account"]))
            }
            for row in try db.all(ScopeRow.self, chunk.scopes) {
                scopes[row.pilotID, default: []].append(ScopeEntry(domainKey: row.domainKey, access: row.access))
            }
            for incident in try db.all(Incident.self, chunk.incidents) {
                incidents[incident.pilotID, default: []].append(incident)
            }
            risks.merge(try chunk.openRisks(db)) { $1 }
            for signOff in try db.all(SignOff.self, chunk.signOffs) {
                signOffs[signOff.pilotID, default: []].append(signOff)
            }
            lastDecisions.merge(try chunk.lastDecisionDays(db)) { $1 }
        }
        let (policy, catalogue) = try policyAndCatalogue()
        let playbooks = try pilots.map { try playbook($0.playbook) }
        let metrics = try PilotDatabase.metricSummaries(db, pilots: zip(pilots, playbooks).map { ($0, $1.metrics) }, trends: trends)
        // Read whole (a pilot's screen, gate, a decision), a pilot in general use is also read as
        // it stood at wave expansion, what its go accepted: a statement of its own, since the sums
        // are keyed by pilot. Lists (trends of the headline only) leave drift to those readings.
        let general = trends != .all ? [] : pilots.indices.filter { pilots[$0].stage == .general && pilots[$0].status != .retired }
        let accepted = general.map { index in
            var before = pilots[index]
            before.stage = .expansion
            return (before, playbooks[index].metrics)
        }
        let acceptedMetrics = Dictionary(
            uniqueKeysWithValues: zip(general, accepted.isEmpty ? [] : try PilotDatabase.metricSummaries(db, pilots: accepted, trends: .none)))
        return try pilots.indices.map { index in
            let pilot = pilots[index]
            let id = pilot.id!
            let gate = pilot.stage.next?.rawValue ?? ""
            return GateEvidence(
                pilot: pilot, playbook: playbooks[index], tool: try tool(pilot.toolKey), accounts: accounts[id] ?? [], accountPolicy: policy,
                scope: scopes[id] ?? [], catalogue: catalogue, metrics: metrics[index], incidents: incidents[id] ?? [], risks: risks[id] ?? [],
                signOffs: (signOffs[id] ?? []).filter { $0.gate.rawValue == gate }, today: today, lastDecision: lastDecisions[id],
                acceptedMetrics: acceptedMetrics[index] ?? [])
        }
    }

    private static var catalogue: SQLStatement { SQLStatement("SELECT * FROM data_domain ORDER BY key") }

    private mutating func playbook(_ key: String) throws -> Playbook {
        if let known = playbooks[key] { return known }
        let playbook = try Ledger.playbook(key, db)
        playbooks[key] = playbook
        return playbook
    }

    private mutating func tool(_ key: String) throws -> Tool {
        if let known = tools[key] { return known }
        let tool = try Ledger.tool(key, db)
        tools[key] = tool
        return tool
    }

    private mutating func policyAndCatalogue() throws -> (AccountPolicy, [DataDomain]) {
        if let shared { return shared }
        let loaded = (try Settings.accountPolicy(db), try db.all(DataDomain.self, Self.catalogue))
        shared = loaded
        return loaded
    }
}
