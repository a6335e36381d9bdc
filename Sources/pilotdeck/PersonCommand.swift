import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Manage people and their roles.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person (admin only).")
        @OptionGroup var store: StoreOptions
        @Option(help: "OS login, lowercase.") var login: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Organization e-mail; personal mail providers are refused.") var email: String
        @Option(help: "Department.") var department: String
        @Option(name: .customLong("role"), help: "admin, lead, clinician, reviewer or leadership (repeat for several).")
        var roles: [String] = []
        @Option(help: "For reviewers: it-security, clinical, patient-advocate or privacy.") var discipline: String?

        func run() throws {
            let person = Person(
                login: login, name: name, email: email, department: department,
                roles: try roles.map { try Role.parse($0, field: "role") },
                discipline: try discipline.map { try Discipline.parse($0, field: "discipline") })
            let added = try store.ledger().addPerson(person)
            print("added \(added.login) <\(added.email)> as \(added.roles.map(\.rawValue).joined(separator: ", "))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List people.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption

        func run() throws {
            let people = try store.open().people()
            if output.json { return try Output.json(people) }
            Output.table(
                ["LOGIN", "NAME", "EMAIL", "DEPARTMENT", "ROLES", "DISCIPLINE"],
                people.map {
                    [$0.login, $0.name, $0.email, $0.department, $0.roles.map(\.rawValue).joined(separator: ","), $0.discipline?.rawValue ?? "-"]
                })
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one person.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Login.") var login: String

        func run() throws {
            let person = try store.open().person(login)
            if output.json { return try Output.json(person) }
            Output.fields([
                ("login", person.login), ("name", person.name), ("email", person.email),
                ("department", person.department), ("roles", person.roles.map(\.rawValue).joined(separator: ", ")),
                ("discipline", person.discipline?.title ?? "-"),
            ])
        }
    }
}
