import Foundation
import PilotKit

/// The one write API of Pilotdeck. The TUI, the CLI, imports and the demo seeder all call it;
/// each method checks the actor's role, validates, writes rows and their audit entries in one
/// serialized transaction of its engine, or changes nothing.
public final class Ledger: Sendable {
    public let database: PilotDatabase
    /// The person acting (after `--as` on a demo database).
    public let actor: Person
    /// The login the engine vouches for (the OS login at the terminal on SQLite, the role the
    /// server authenticated on PostgreSQL), recorded beside the person in every audit entry.
    public let osLogin: String
    let clock: Clock
    let phiGuard = PHIGuard()

    public init(database: PilotDatabase, actor: Person, osLogin: String = Identity.osLogin(), clock: Clock = .system) {
        self.database = database
        self.actor = actor
        self.osLogin = osLogin
        self.clock = clock
    }

    /// Identifies the actor: the person whose login is the one the engine vouches for (the OS
    /// login; on PostgreSQL the authenticated role), or on a demo database the person named by
    /// `--as`.
    public static func open(
        _ database: PilotDatabase, actingAs: String? = nil, clock: Clock = .system
    ) throws -> Ledger {
        let osLogin = try database.engine.authenticatedLogin()
        let login = actingAs ?? osLogin
        let actor = try database.read { db -> Person? in
            if actingAs != nil, try !Settings.isDemo(db) { throw StoreError.actingAsOthersRefused }
            return try db.one(Person.self, "SELECT * FROM person WHERE login = ?", [login])
        }
        guard let actor else { throw StoreError.unknownPerson(login: login) }
        return Ledger(database: database, actor: actor, osLogin: osLogin, clock: clock)
    }

    /// `row` as it may be stored: the PHI guard's output in every column `TextColumnPolicy` guards.
    static func guarded<Row: GuardedText>(_ row: Row) -> Row {
        let phiGuard = PHIGuard()
        var row = row
        row.redactText { phiGuard.redact($0).text }
        return row
    }

    /// Runs `body` as one audited transaction after checking `permission`.
    func write<T>(_ permission: Permission, _ body: (inout AuditedWrites) throws -> T) throws -> T {
        try permission.check(actor)
        return try database.engine.write(clock: clock, osLogin: osLogin) { session, stamp in
            var writes = AuditedWrites(session: session, stamp: stamp, personLogin: actor.login, permission: permission)
            let result = try body(&writes)
            try writes.finish()
            return result
        }
    }
}
