import Foundation
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
        return try database.engine.write(clock: clock, osLogin: osLogin) { db, stamp in
            if try db.count("SELECT COUNT(*) FROM person") > 0 {
                throw StoreError.refused("\(database.path) is already initialized; people are managed with `pilotdeck person add`")
            }
            var writes = AuditedWrites(session: db, stamp: stamp, personLogin: admin.login, permission: nil)
            var domains = SettingRow(key: Settings.organizationDomainsKey, value: policy.organizationDomains.joined(separator: ","))
            try writes.insert(&domains)
            if demo {
                var flag = SettingRow(key: Settings.demoKey, value: "true")
                try writes.insert(&flag)
            }
            for var domain in DataDomain.defaultCatalogue { try writes.insert(&domain) }
            var person = admin
            try writes.insert(&person)
            return Ledger(database: database, actor: person, osLogin: stamp.osLogin, clock: clock)
        }
    }

    /// Adds a person after checking the organization-account rule.
    @discardableResult
    public func addPerson(_ person: Person) throws -> Person {
        let person = Self.guarded(person)
        try person.validate()
        return try write(.managePeople) { writes in
            try Settings.accountPolicy(writes.session).check(email: person.email)
            if try writes.session.count("SELECT COUNT(*) FROM person WHERE login = ?", [person.login]) > 0 {
                throw StoreError.conflict("login: '\(person.login)' already exists; pick another login")
            }
            if try writes.session.count("SELECT COUNT(*) FROM person WHERE lower(email) = lower(?)", [person.email]) > 0 {
                throw StoreError.conflict("email: \(person.email) already belongs to someone; each person needs their own address")
            }
            var row = person
            row.id = nil
            try writes.insert(&row)
            return row
        }
    }
}
