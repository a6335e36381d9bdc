import Foundation
import GRDB
import PilotKit

extension Ledger {
    /// Makes a new database usable: organization domains, the data-domain catalogue and the
    /// initializing person as admin. Refused once anyone exists.
    @discardableResult
    public static func initialize(
        _ database: PilotDatabase, organizationDomains: [String], admin: Person, demo: Bool = false,
        osLogin: String = Identity.osLogin(), clock: Clock = .system
    ) throws -> Ledger {
        let policy = try AccountPolicy(organizationDomains: organizationDomains)
        let admin = guarded(admin)
        try admin.validate()
        try policy.check(email: admin.email)
        return try database.write { db in
            if try Person.fetchCount(db) > 0 {
                throw StoreError.refused("\(database.path) is already initialized; people are managed with `pilotdeck person add`")
            }
            var writes = AuditedWrites(db: db, at: clock.now, osLogin: osLogin, personLogin: admin.login, permission: nil)
            var domains = SettingRow(key: Settings.organizationDomainsKey, value: policy.organizationDomains.joined(separator: ","))
            try writes.insert(&domains)
            if demo {
                var flag = SettingRow(key: Settings.demoKey, value: "true")
                try writes.insert(&flag)
            }
            for var domain in DataDomain.defaultCatalogue { try writes.insert(&domain) }
            var person = admin
            try writes.insert(&person)
            return Ledger(database: database, actor: person, osLogin: osLogin, clock: clock)
        }
    }

    /// Adds a person after checking the organization-account rule.
    @discardableResult
    public func addPerson(_ person: Person) throws -> Person {
        let person = Self.guarded(person)
        try person.validate()
        return try write(.managePeople) { writes in
            try Settings.accountPolicy(writes.db).check(email: person.email)
            if try Person.filter(Column("login") == person.login).fetchCount(writes.db) > 0 {
                throw StoreError.conflict("login: '\(person.login)' already exists; pick another login")
            }
            if try Person.filter(Column("email") == person.email).fetchCount(writes.db) > 0 {
                throw StoreError.conflict("email: \(person.email) already belongs to someone; each person needs their own address")
            }
            var row = person
            row.id = nil
            try writes.insert(&row)
            return row
        }
    }
}
