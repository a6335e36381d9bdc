import Testing
@testable import PilotStore

@Suite("PostgreSQL roles")
struct PostgresRolesTests {
    @Test("a role name that would need quoting is refused, naming the role and the rule")
    func names() throws {
        for name in ["", "Pilotdeck", "2fast", "pilot deck", "pilot\"deck", String(repeating: "a", count: 64), "piløt"] {
            #expect(
                throws: StoreError.refused(
                    "the owner role name must be 1 to 63 lowercase letters, digits or _, not starting with a digit; choose another"),
                "\(name)"
            ) { try PostgresRoles(owner: name) }
        }
        #expect(
            throws: StoreError.refused(
                "the application role name must be 1 to 63 lowercase letters, digits or _, not starting with a digit; choose another")
        ) { try PostgresRoles(application: "app;DROP") }
        let roles = try PostgresRoles(owner: "_owner_1", application: String(repeating: "a", count: 63))
        #expect(roles.setupSQL.contains("CREATE ROLE _owner_1 LOGIN;"))
    }

    @Test("one role cannot be both owner and application: the application could then rewrite the audit log")
    func distinct() {
        #expect(
            throws: StoreError.refused(
                "the owner and application roles must differ, or the application could rewrite the audit log; choose two names")
        ) { try PostgresRoles(owner: "pilotdeck", application: "pilotdeck") }
    }
}
