/// The roles and grants an administrator sets up for Pilotdeck on PostgreSQL, as SQL text that
/// `pilotdeck init --db URL` prints or applies. An owner role creates and migrates the schema;
/// every person logs in as a role of their own that is a member of the application role, which
/// may read and write the records but only read and append the audit tables. The server stamps
/// each entry with that login role (`session_user`), so no one writes in another's name.
public struct PostgresRoles: Equatable, Sendable {
    /// The tables the Ledger inserts, updates and deletes rows of.
    static let recordTables = [
        "setting", "person", "data_domain", "playbook", "tool", "tool_review", "pilot", "pilot_scope", "participant",
        "measurement", "measurement_sum", "feedback", "feedback_tally", "feedback_tag_tally", "risk", "incident", "incident_event", "decision", "sign_off",
    ]
    /// The audit log and its filter's index: append-only.
    static let auditTables = ["audit", "audit_block"]

    public let owner: String
    public let application: String

    /// Refuses a name that would need quoting, so the SQL reads the way it is printed.
    public init(owner: String = "pilotdeck_owner", application: String = "pilotdeck_app") throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789_")
        for (field, name) in [("owner role", owner), ("application role", application)] {
            if !(1...63).contains(name.count) || name.first?.isNumber != false || !name.allSatisfy(allowed.contains) {
                throw StoreError.refused(
                    "the \(field) name must be 1 to 63 lowercase letters, digits or _, not starting with a digit; choose another")
            }
        }
        if owner == application {
            throw StoreError.refused(
                "the owner and application roles must differ, or the application could rewrite the audit log; choose two names")
        }
        self.owner = owner
        self.application = application
    }

    /// Run once, before the migrations, by a superuser (or a role with CREATEROLE that may grant
    /// on the schema), connected to the Pilotdeck database.
    public var setupSQL: String {
        """
        -- Pilotdeck on PostgreSQL, step 1 of 2: roles. Run once by a superuser, connected to the
        -- Pilotdeck database. Passwords go in ~/.pgpass (or use certificates or Kerberos), never
        -- in a --db URL.
        -- The owner creates and migrates the schema (pilotdeck init --db URL, logged in as it).
        CREATE ROLE \(owner) LOGIN;
        -- People log in as roles of their own, members of this one; the audit log names them.
        CREATE ROLE \(application) NOLOGIN;
        GRANT USAGE, CREATE ON SCHEMA public TO \(owner);
        GRANT USAGE ON SCHEMA public TO \(application);
        -- Then, for each person (the login of their Pilotdeck person record):
        --   CREATE ROLE kim LOGIN IN ROLE \(application);

        """
    }

    /// Run by the owner after the migrations (again after each upgrade that adds tables).
    /// Revokes first, so a grant made by hand before cannot survive it.
    public var grantSQL: String {
        let auditTables = Self.auditTables.joined(separator: ", ")
        return """
            -- Pilotdeck on PostgreSQL, step 2 of 2: grants. Run by \(owner) after the migrations.
            GRANT SELECT, INSERT, UPDATE, DELETE ON \(Self.recordTables.joined(separator: ", ")) TO \(application);
            -- The audit log and its index are append-only: read and insert, never UPDATE, DELETE
            -- or TRUNCATE (their triggers refuse those even to \(owner)).
            REVOKE ALL ON \(auditTables), audit_head, \(PostgresSchema.migrationsTable) FROM \(application);
            GRANT SELECT, INSERT ON \(auditTables) TO \(application);
            -- Writers lock the chain's one row with SELECT ... FOR UPDATE, which needs UPDATE on a
            -- column; its only column may hold nothing but 1, and its triggers refuse changes.
            GRANT SELECT, UPDATE (id) ON audit_head TO \(application);
            GRANT SELECT ON \(PostgresSchema.migrationsTable) TO \(application);

            """
    }
}
