import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database; your OS login (on PostgreSQL, your database role) becomes its admin.",
        discussion: "On PostgreSQL, give --db postgresql://… for an empty database, logged in as the owner role; "
            + "--roles-sql prints the roles and grants an administrator sets up around that (see docs/postgresql.md).")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("org-domain"), parsing: .upToNextOption, help: "The organization's mail domains.")
    var orgDomains: [String] = []

    @Option(help: "Your full name (default: your login).")
    var name: String?

    @Option(help: "Your organization e-mail (default: LOGIN@first org domain).")
    var email: String?

    @Option(help: "Your department.")
    var department = "Administration"

    @Flag(help: "Print the PostgreSQL roles and grants to set up, and change nothing.")
    var rolesSql = false

    @Option(help: "With --roles-sql: the role that owns and migrates the schema.")
    var ownerRole = "pilotdeck_owner"

    @Option(help: "With --roles-sql: the role every person's login role is a member of.")
    var appRole = "pilotdeck_app"

    func run() throws {
        if rolesSql {
            let roles = try PostgresRoles(owner: ownerRole, application: appRole)
            print(roles.setupSQL + "\n" + roles.grantSQL, terminator: "")
            return
        }
        if case .postgres = try StoreLocation(store.path, field: store.db == nil ? "$PILOTDECK_DB" : "--db") {
            try createShared()
            return
        }
        let login = Identity.osLogin()
        let admin = try self.admin(login)
        if store.isDefaultPath {
            try FileManager.default.createDirectory(atPath: StoreOptions.dataDirectory(), withIntermediateDirectories: true)
        }
        if FileManager.default.fileExists(atPath: store.path) {
            throw CLIError("\(store.path) already exists; give another --db path")
        }
        do {
            let database = try store.open(mode: .create)
            try Ledger.initialize(database, organizationDomains: orgDomains, admin: admin)
        } catch {
            store.removeDatabaseFiles()
            throw error
        }
        print("created \(store.path); \(login) is admin, lead and leadership")
    }

    /// Migrates an empty PostgreSQL database and makes the authenticated role its admin; a
    /// database already holding people is refused by the Ledger, and nothing is removed.
    private func createShared() throws {
        let database = try store.open(mode: .create)
        let login = try database.authenticatedLogin()
        try Ledger.initialize(database, organizationDomains: orgDomains, admin: try admin(login))
        print("created Pilotdeck's schema in \(store.path); \(login) is admin, lead and leadership")
        print("next: run the grants of pilotdeck init --roles-sql (with the same --owner-role and --app-role) as the owner role, and create a login role per person")
    }

    private func admin(_ login: String) throws -> Person {
        let policy = try AccountPolicy(organizationDomains: orgDomains)
        let admin = Person(
            login: login, name: name ?? login, email: email ?? "\(login)@\(policy.organizationDomains[0])",
            department: department, roles: [.admin, .lead, .leadership])
        try admin.validate()
        try policy.check(email: admin.email)
        return admin
    }
}
