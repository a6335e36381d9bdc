import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create a database; your OS login becomes its admin.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("org-domain"), parsing: .upToNextOption, help: "The organization's mail domains.")
    var orgDomains: [String] = []

    @Option(help: "Your full name (default: your login).")
    var name: String?

    @Option(help: "Your organization e-mail (default: LOGIN@first org domain).")
    var email: String?

    @Option(help: "Your department.")
    var department = "Administration"

    func run() throws {
        let login = Identity.osLogin()
        let policy = try AccountPolicy(organizationDomains: orgDomains)
        let admin = Person(
            login: login, name: name ?? login, email: email ?? "\(login)@\(policy.organizationDomains[0])",
            department: department, roles: [.admin, .lead, .leadership])
        try admin.validate()
        try policy.check(email: admin.email)
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
}
