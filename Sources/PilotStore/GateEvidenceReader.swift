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

    mutating func evidence(for pilot: Pilot) throws -> GateEvidence {
        let id = pilot.id!
        let playbook = try playbook(pilot.playbook)
        let tool = try tool(pilot.toolKey)
        let (policy, catalogue) = try policyAndCatalogue()
        let accounts = try db.rows(Self.accounts, [id])
            .map { GateEvidence.Account(login: $0["login"], email: $0["email"], kind: $0["account"]) }
        return GateEvidence(
            pilot: pilot, playbook: playbook, tool: tool, accounts: accounts, accountPolicy: policy,
            scope: try db.all(ScopeRow.self, Self.scope, [id]).map { ScopeEntry(domainKey: $0.domainKey, access: $0.access) },
            catalogue: catalogue,
            metrics: try PilotDatabase.metricSummaries(db, pilot: pilot, metrics: playbook.metrics, trends: trends),
            incidents: try db.all(Incident.self, Self.openIncidents, [id, IncidentStatus.closed]),
            risks: try db.all(Risk.self, Self.openRisks, [id, RiskStatus.open]),
            signOffs: try db.all(SignOff.self, Self.pendingSignOffs, [id, pilot.stage.next?.rawValue ?? ""]),
            today: today)
    }

    private static let accounts =
        "SELECT p.login, p.email, pa.account FROM participant pa JOIN person p ON p.login = pa.login WHERE pa.pilot_id = ? ORDER BY p.login"
    private static let scope = "SELECT * FROM pilot_scope WHERE pilot_id = ? ORDER BY domain_key"
    private static let openIncidents = "SELECT * FROM incident WHERE pilot_id = ? AND status <> ? ORDER BY id"
    private static let openRisks = "SELECT * FROM risk WHERE pilot_id = ? AND status = ? ORDER BY id"
    private static let pendingSignOffs = "SELECT * FROM sign_off WHERE pilot_id = ? AND gate = ? AND decision_id IS NULL ORDER BY id"

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
        let loaded = (try Settings.accountPolicy(db), try db.all(DataDomain.self, "SELECT * FROM data_domain ORDER BY key"))
        shared = loaded
        return loaded
    }
}
