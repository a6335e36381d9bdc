import Foundation
import PilotKit
import PilotdeckTestSupport
@testable import PilotStore

/// A fresh database (on `TestEngine.current`) with an admin, a lead, a clinician, reviewers of
/// every discipline, leadership, a vetted tool and one pilot at intake. A demo database (by
/// default): everyone acts from the OS login "tester" (on PostgreSQL the server's superuser), which
/// `audit verify` allows only on a demo; otherwise each person acts from an OS login of their own,
/// as on a shared file (on PostgreSQL, a login role of their own).
struct StoreFixture {
    static let playbooks: [Playbook] = try! SeededDemo.playbooks.get()
    static let today = try! Day(parsing: "2026-03-02", field: "today")

    let database: PilotDatabase
    let admin: Ledger
    let isDemo: Bool
    /// The database as the fixture created it, before any login was chosen.
    let location: String
    var path: String { database.path }

    init(demo: Bool = true, clock: Clock = .fixed(StoreFixture.today.date.addingTimeInterval(9 * 3600))) throws {
        isDemo = demo
        location = try TestDatabase.newLocation()
        database = try PilotDatabase(path: demo ? location : TestDatabase.location(location, as: "ada"), mode: .create)
        admin = try Ledger.initialize(
            database, organizationDomains: ["riverbend.example"],
            admin: Person(login: "ada", name: "Ada Admin", email: "ada@riverbend.example", department: "IT", roles: [.admin]),
            demo: demo, osLogin: demo ? "tester" : "ada", clock: clock)
        let people: [Person] = [
            Person(login: "lee", name: "Lee Lead", email: "lee@riverbend.example", department: "Family medicine", roles: [.lead]),
            Person(login: "cam", name: "Cam Clinician", email: "cam@riverbend.example", department: "Family medicine", roles: [.clinician]),
            Person(login: "lia", name: "Lia Leadership", email: "lia@riverbend.example", department: "Executive", roles: [.leadership]),
            Person(login: "sec", name: "Sam Security", email: "sec@riverbend.example", department: "IT", roles: [.reviewer], discipline: .itSecurity),
            Person(login: "doc", name: "Dee Clinical", email: "doc@riverbend.example", department: "Medicine", roles: [.reviewer], discipline: .clinical),
            Person(login: "adv", name: "Ari Advocate", email: "adv@riverbend.example", department: "Patient relations", roles: [.reviewer], discipline: .patientAdvocate),
            Person(login: "pri", name: "Pat Privacy", email: "pri@riverbend.example", department: "Compliance", roles: [.reviewer], discipline: .privacy),
        ]
        for person in people { try admin.addPerson(person) }
        try as_("lee").addTool(
            Tool(key: "SCRIBE", name: "Scribe", vendor: "Acme AI", model: "scribe", version: "1.0", hosting: .privateCloud,
                 baaSigned: true, noTrainingClause: true, retentionDays: 30))
        try as_("sec").reviewTool(key: "SCRIBE", verdict: .approved, notes: "pen test passed")
        try as_("lee").createPilot(
            NewPilot(key: "AMB-FM", name: "Ambient scribe, family medicine", ownerLogin: "lee", toolKey: "SCRIBE"),
            playbook: Self.playbook("ambient-scribe"))
    }

    static func playbook(_ key: String) -> Playbook { playbooks.first { $0.key == key }! }

    /// A Ledger acting as another person of the fixture.
    func as_(_ login: String) throws -> Ledger {
        let own = isDemo || TestEngine.isSQLite ? database : try PilotDatabase(path: TestDatabase.location(location, as: login))
        return Ledger(database: own, actor: try database.person(login), osLogin: isDemo ? "tester" : login, clock: admin.clock)
    }

    func auditCount() throws -> Int { try database.auditCount() }

    /// Runs raw SQL on the database as an outside tool would, bypassing the Ledger: `sqlite3` on
    /// the file, or a connection of the server's superuser.
    func tamper(_ sql: String) throws {
        if case .postgres(let server) = try StoreLocation(location) {
            try PostgresConnection(server).execute(sql)
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        try process.run()
        process.waitUntilExit()
    }
}
