import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Text column policy: the PHI guard on every free-text column")
struct TextColumnPolicyTests {
    /// Every text column of the schema, and whether the PHI guard runs on it before it is stored.
    /// A new text column fails the test below until it is added here and to `TextColumnPolicy`.
    static let expected: [String: [String: Bool]] = [
        "setting": ["key": false, "value": false],
        "person": ["login": false, "name": false, "email": false, "department": true, "roles": false, "discipline": false],
        "data_domain": ["key": false, "name": false, "sensitivity": false],
        "playbook": ["key": false, "title": false, "body": false],
        "tool": ["key": false, "name": true, "vendor": false, "model": false, "version": false, "hosting": false, "vetting": false],
        "tool_review": ["reviewer_login": false, "discipline": false, "verdict": false, "notes": true],
        "pilot": [
            "key": false, "name": true, "problem": true, "success_criteria": true, "playbook": false, "use_case": false,
            "owner_login": false, "tool_key": false, "stage": false, "status": false, "status_reason": true, "sites": true,
            "started_on": false, "next_review_on": false, "action_plan_reviewed_on": false,
        ],
        "pilot_scope": ["domain_key": false, "access": false],
        "participant": ["login": false, "account": false, "pending_stage": false],
        "measurement": ["metric_key": false, "day": false, "stage": false],
        "feedback": ["author_login": false, "stage": false, "category": false, "tags": false, "text": true, "redacted_kinds": false],
        "risk": ["title": true, "category": false, "mitigation": true, "owner_login": false, "status": false],
        "incident": ["severity": false, "kind": false, "summary": true, "status": false, "opened_by": false, "steps_done": false,
                     "metric_key": false],
        "incident_event": ["author_login": false, "note": true],
        "decision": [
            "from_stage": false, "to_stage": false, "resulting_status": false, "kind": false, "rationale": true, "conditions": true,
            "decided_by": false, "evidence": false,
        ],
        "sign_off": ["gate": false, "reviewer_login": false, "discipline": false, "verdict": false, "note": true],
        "audit": [
            "os_login": false, "person_login": false, "entity": false, "entity_id": false, "action": false, "before": false,
            "after": false, "prev_hash": false, "hash": false,
        ],
        "audit_block": ["facet": false, "value": false],
        "measurement_sum": ["metric_key": false, "stage": false],
        "feedback_tally": ["stage": false, "category": false],
        "feedback_tag_tally": ["tag": false],
        "grdb_migrations": ["identifier": false],
    ]

    @Test("the policy and this table name exactly the schema's text columns, agree on each, and give a reason for each unguarded one", .sqliteFileOnly)
    func everyTextColumn() throws {
        let fixture = try StoreFixture()
        let schema = try fixture.database.sqliteRead { db in
            try Row.fetchAll(db, sql: """
                SELECT m.name AS "table", c.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND upper(c.type) = 'TEXT'
                """).map { "\($0["table"] as String).\($0["column"] as String)" }
        }
        let listed = Self.expected.flatMap { table, columns in columns.keys.map { "\(table).\($0)" } }
        #expect(Set(schema) == Set(listed), "schema only: \(Set(schema).subtracting(listed).sorted()); table only: \(Set(listed).subtracting(schema).sorted())")
        let policy = TextColumnPolicy.columns
        #expect(Set(policy.map { "\($0.table).\($0.name)" }) == Set(schema))
        #expect(policy.count == Set(policy.map { "\($0.table).\($0.name)" }).count, "a column is declared twice")
        for column in policy {
            #expect(Self.expected[column.table]?[column.name] == (column.unguardedBecause == nil), "\(column.table).\(column.name)")
            if let reason = column.unguardedBecause { #expect(reason.count > 10, "\(column.table).\(column.name) needs a reason") }
        }
    }

    static let identifier = "Pt Marguerite Vasquez-Thorne MRN 00482913"
    static let needles = ["Marguerite", "Vasquez", "00482913"]

    /// A Ledger write putting `text` into each guarded column.
    static let writes: [String: @Sendable (StoreFixture, String) throws -> Void] = [
        "person.department": { fixture, text in
            try fixture.admin.addPerson(Person(login: "kim", name: "Kim Park", email: "kim@riverbend.example", department: text, roles: [.clinician]))
        },
        "tool.name": { fixture, text in
            try fixture.as_("lee").addTool(
                Tool(key: "T2", name: text, vendor: "Acme", model: "m", version: "1", hosting: .onPremises, baaSigned: false,
                     noTrainingClause: false, retentionDays: 0))
        },
        "tool_review.notes": { fixture, text in try fixture.as_("sec").reviewTool(key: "SCRIBE", verdict: .approved, notes: text) },
        "pilot.name": { fixture, text in try newPilot(fixture, NewPilot(key: "P2", name: text, ownerLogin: "lee", toolKey: "SCRIBE")) },
        "pilot.problem": { fixture, text in try newPilot(fixture, NewPilot(key: "P2", name: "n", problem: text, ownerLogin: "lee", toolKey: "SCRIBE")) },
        "pilot.success_criteria": { fixture, text in
            try newPilot(fixture, NewPilot(key: "P2", name: "n", successCriteria: text, ownerLogin: "lee", toolKey: "SCRIBE"))
        },
        "pilot.sites": { fixture, text in try newPilot(fixture, NewPilot(key: "P2", name: "n", ownerLogin: "lee", toolKey: "SCRIBE", sites: ["Main", text])) },
        "pilot.status_reason": { fixture, text in
            let lee = try fixture.as_("lee")
            let (incident, _) = try lee.openIncident(pilot: "AMB-FM", severity: .critical, kind: .dataBreach, summary: "breach")
            try lee.updateIncident(id: incident.id!, status: .closed)
            try lee.resumePilot("AMB-FM", rationale: text)
        },
        "feedback.text": { fixture, text in try fixture.as_("lee").logFeedback(pilot: "AMB-FM", FeedbackInput(rating: 3, category: .accuracy, rawText: text)) },
        "risk.title": { fixture, text in
            try fixture.as_("lee").addRisk(pilot: "AMB-FM", title: text, category: .privacy, likelihood: 2, impact: 2, mitigation: "", owner: nil)
        },
        "risk.mitigation": { fixture, text in
            let risk = try #require(try fixture.database.risks(of: try fixture.database.pilot("AMB-FM").id!).first)
            try fixture.as_("lee").updateRisk(id: risk.id!) { $0.mitigation = text }
        },
        "incident.summary": { fixture, text in try fixture.as_("lee").openIncident(pilot: "AMB-FM", severity: .low, kind: .other, summary: text) },
        "incident_event.note": { fixture, text in
            let (incident, _) = try fixture.as_("lee").openIncident(pilot: "AMB-FM", severity: .low, kind: .other, summary: "minor")
            try fixture.as_("lee").updateIncident(id: incident.id!, note: text)
        },
        "decision.rationale": { fixture, text in try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: text)) },
        "decision.conditions": { fixture, text in
            try fixture.as_("lia").decide(pilot: "AMB-FM", DecisionRequest(kind: .hold, rationale: "wait", conditions: text))
        },
        "sign_off.note": { fixture, text in try fixture.as_("sec").signOff(pilot: "AMB-FM", verdict: .approve, note: text) },
    ]

    static func newPilot(_ fixture: StoreFixture, _ spec: NewPilot) throws {
        try fixture.as_("lee").createPilot(spec, playbook: StoreFixture.playbook("ambient-scribe"))
    }

    static var guarded: [String] { TextColumnPolicy.columns.filter { $0.unguardedBecause == nil }.map { "\($0.table).\($0.name)" }.sorted() }

    @Test("an identifier written through the Ledger into each guarded column is stored as the guard's placeholders, nowhere raw", .sqliteFileOnly, arguments: guarded)
    func guardedColumnRedacted(column: String) throws {
        let write = try #require(Self.writes[column], "no write for \(column): add one so the guard on it is tested")
        let fixture = try StoreFixture()
        try write(fixture, Self.identifier)
        let (table, name) = (String(column.split(separator: ".")[0]), String(column.split(separator: ".")[1]))
        let values = try fixture.database.sqliteRead { db in try String.fetchAll(db, sql: "SELECT \(name) FROM \(table)") }
        #expect(values.contains { $0.contains("[NAME]") && $0.contains("[MRN]") }, "\(column): \(values)")
        let file = (try? Data(contentsOf: URL(fileURLWithPath: fixture.path))) ?? Data()
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: fixture.path + "-wal"))) ?? Data()
        for needle in Self.needles {
            #expect(!values.contains { $0.contains(needle) }, "\(column) holds \(needle)")
            #expect(file.range(of: Data(needle.utf8)) == nil && wal.range(of: Data(needle.utf8)) == nil, "\(needle) in the file or WAL after writing \(column)")
        }
        #expect(try fixture.database.verifyAudit().isIntact)
    }
}
