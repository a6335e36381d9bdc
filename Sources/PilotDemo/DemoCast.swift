import PilotKit
import PilotStore

/// The people of Riverbend Health, each with a Ledger acting as them, so every record is written
/// by the person the story says wrote it. Roster logins are what stories name; a roster person
/// whose login is the admin's is stored under another login, so any admin login works.
final class DemoCast {
    let database: PilotDatabase
    let admin: Person
    private let osLogin: String
    private let clock: DemoClock
    private var people: [String: Person] = [:]
    private var ledgers: [String: Ledger] = [:]
    private var renamed: [String: String] = [:]

    private(set) var leadership: [String] = []
    private(set) var clinicians: [String] = []
    private(set) var cliniciansByDepartment: [String: [String]] = [:]
    private(set) var reviewers: [Discipline: [String]] = [:]

    /// Initializes the demo database with `adminLogin` holding every role, then adds the staff.
    init(hiring staff: [Person], into database: PilotDatabase, admin adminLogin: String, clock: DemoClock, tally: DemoTally) throws {
        let first = Person(
            login: adminLogin, name: "\(adminLogin) (demo admin)", email: "\(adminLogin)@\(DemoRoster.domain)",
            department: "Clinical Informatics", roles: Role.allCases, discipline: .clinical)
        let adminLedger = try Ledger.initialize(
            database, organizationDomains: [DemoRoster.domain], admin: first, demo: true, clock: clock.clock)
        self.database = database
        self.clock = clock
        admin = adminLedger.actor
        osLogin = adminLedger.osLogin
        people[admin.login] = admin
        ledgers[admin.login] = adminLedger
        tally.summary.people = 1
        for var person in staff {
            let rosterLogin = person.login
            if rosterLogin == adminLogin {
                person.login = "\(rosterLogin)-2"
                person.email = "\(person.login)@\(DemoRoster.domain)"
                renamed[rosterLogin] = person.login
            }
            hire(try adminLedger.addPerson(person))
            tally.summary.people += 1
        }
    }

    private func hire(_ person: Person) {
        people[person.login] = person
        if person.has(.leadership) { leadership.append(person.login) }
        if person.has(.clinician) {
            clinicians.append(person.login)
            cliniciansByDepartment[person.department, default: []].append(person.login)
        }
        if let discipline = person.discipline { reviewers[discipline, default: []].append(person.login) }
    }

    /// The stored login of a roster login.
    func login(_ rosterLogin: String) -> String { renamed[rosterLogin] ?? rosterLogin }

    /// A Ledger acting as the person with this stored login.
    func ledger(_ login: String) -> Ledger {
        if let ledger = ledgers[login] { return ledger }
        guard let person = people[login] else { preconditionFailure("the demo story names \(login), who was never hired") }
        let ledger = Ledger(database: database, actor: person, osLogin: osLogin, clock: clock.clock)
        ledgers[login] = ledger
        return ledger
    }

    /// The reviewers of a discipline, taking turns by `turn`.
    func reviewer(_ discipline: Discipline, turn: Int) -> String {
        let pool = reviewers[discipline] ?? []
        precondition(!pool.isEmpty, "the demo has no \(discipline.rawValue) reviewer")
        return pool[turn % pool.count]
    }
}
