import Testing
@testable import PilotStore

/// libpq's and the server's words, as PostgreSQL 15 writes them, turned into one line with advice.
@Suite("PostgreSQL failures")
struct PostgresFailureTests {
    let server = #"connection to server at "db.example.org" (10.0.0.5), port 5432 failed: "#

    @Test("authentication: the login advice, on one line")
    func authentication() {
        let failed = PostgresFailure.connecting(server + "FATAL:  password authentication failed for user \"kim\"\n", needsPassword: false)
        #expect(
            failed.description
                == #"cannot connect to PostgreSQL: connection to server at "db.example.org" (10.0.0.5), port 5432 failed: FATAL: password authentication failed for user "kim"; check the user in the URL (user@host or ?user=NAME) and its password in PGPASSWORD or ~/.pgpass"#)
        let missing = PostgresFailure.connecting(server + "fe_sendauth: no password supplied\n", needsPassword: true)
        #expect(missing.description.hasSuffix("; the server asks for a password and none was found: put it in PGPASSWORD or ~/.pgpass"))
    }

    @Test("TLS: the server wants it, or its certificate did not verify")
    func tls() {
        let messages = [
            server + "server does not support SSL, but SSL was required\n",
            server + "root certificate file \"/home/kim/.postgresql/root.crt\" does not exist\nEither provide the file or change sslmode to disable server certificate verification.\n",
            server + "FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"kim\", database \"pd\", no encryption\n",
        ]
        for message in messages {
            let text = PostgresFailure.connecting(message, needsPassword: false).description
            #expect(text.hasSuffix("; the server wants TLS or its certificate did not verify: set sslmode in the URL (verify-full needs the server's CA in ~/.postgresql/root.crt or sslrootcert=FILE)"), "\(text)")
            #expect(!text.contains("\n"))
        }
    }

    @Test("an unreachable host gets the reachability advice; a name in quotes never picks the advice")
    func unreachable() {
        let timeout = PostgresFailure.connecting(server + "timeout expired\n", needsPassword: false)
        #expect(timeout.description.hasSuffix("timeout expired; is the server running, and are the host and port in the URL right?"))
        let socket = PostgresFailure.connecting(
            "connection to server on socket \"/tmp/ssl-certificate/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n",
            needsPassword: false)
        #expect(
            socket.description
                == #"cannot connect to PostgreSQL: connection to server on socket "/tmp/ssl-certificate/.s.PGSQL.5432" failed: No such file or directory Is the server running locally and accepting connections on that socket?"#)
    }

    @Test("statements: lock_timeout is busy, constraints and triggers are conflicts, privileges refusals, the rest named by SQLSTATE")
    func statements() {
        #expect(PostgresFailure.statement(sqlState: "55P03", message: "canceling statement due to lock timeout") == .busy("the write"))
        #expect(
            PostgresFailure.statement(sqlState: "23505", message: "duplicate key value violates unique constraint \"audit_prev_hash_key\"")
                == .conflict("refused by the database: duplicate key value violates unique constraint \"audit_prev_hash_key\""))
        #expect(
            PostgresFailure.statement(sqlState: "P0001", message: "the audit log is append-only")
                == .conflict("refused by the database: the audit log is append-only"))
        #expect(
            PostgresFailure.statement(sqlState: "42501", message: "permission denied for table audit")
                == .refused("refused by the database: permission denied for table audit; this database role lacks the privilege"))
        #expect(PostgresFailure.statement(sqlState: "42P01", message: "relation \"x\" does not exist") == .cannotOpen("PostgreSQL error 42P01: relation \"x\" does not exist"))
        #expect(PostgresFailure.statement(sqlState: nil, message: "out of memory\n") == .cannotOpen("PostgreSQL error: out of memory"))
    }

    @Test("a lost connection: outside COMMIT nothing was written; at COMMIT, look before repeating")
    func lost() throws {
        guard case .postgres(let location) = try StoreLocation("postgresql://db.example.org/pd", environment: [:]) else {
            Issue.record("a postgresql:// URL was not read as PostgreSQL")
            return
        }
        let message = "server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request.\n"
        #expect(
            PostgresFailure.lostConnection(message, location: location, committing: false).description
                == "lost the connection to postgresql://db.example.org/pd (server closed the connection unexpectedly This probably means the server terminated abnormally before or while processing the request.); nothing was written; try again")
        #expect(
            PostgresFailure.lostConnection(message, location: location, committing: true).description.hasSuffix(
                "; the write may or may not have been saved: look at the audit log (pilotdeck audit log) before repeating it"))
    }
}
