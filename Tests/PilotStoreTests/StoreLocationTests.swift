import Testing
@testable import PilotStore

@Suite("Store locations")
struct StoreLocationTests {
    /// `value` read as a PostgreSQL location with `environment`, or a failed expectation.
    func postgres(_ value: String, _ environment: [String: String] = [:]) throws -> PostgresLocation {
        guard case .postgres(let location) = try StoreLocation(value, environment: environment) else {
            Issue.record("\(value) was not read as PostgreSQL")
            throw StoreError.refused("not PostgreSQL")
        }
        return location
    }

    @Test("anything but a postgresql:// or postgres:// URL is a file path")
    func files() throws {
        for path in ["/var/lib/pilotdeck/pilotdeck.sqlite", "pilotdeck.sqlite", "dir/postgresql.sqlite", "postgresql:x", ""] {
            #expect(try StoreLocation(path, environment: [:]) == .file(path))
        }
    }

    @Test("a Unix-socket folder, named in the query or percent-encoded as the host, is local")
    func socketFolder() throws {
        let query = try postgres("postgresql:///pilotdeck?host=/var/run/postgresql")
        #expect(query.hosts == ["/var/run/postgresql"])
        #expect(!query.verifiesServer)
        #expect(query.parameters.map(\.keyword) == ["application_name", "connect_timeout", "dbname", "client_encoding"])
        #expect(query.parameters.first { $0.keyword == "dbname" }?.value == "postgresql:///pilotdeck?host=/var/run/postgresql")
        let encoded = try postgres("postgres://%2Fvar%2Frun%2Fpostgresql/pilotdeck")
        #expect(encoded.hosts == ["/var/run/postgresql"])
        #expect(!encoded.verifiesServer)
    }

    @Test("a service leaves the host and TLS to the service file, from the URL or PGSERVICE")
    func service() throws {
        let named = try postgres("postgresql://?service=pilotdeck")
        #expect(named.hosts.isEmpty)
        #expect(!named.verifiesServer)
        #expect(!(try postgres("postgresql://db.example.org/pd", ["PGSERVICE": "pilotdeck"])).verifiesServer)
    }

    @Test("a remote host with an sslmode keeps it; without one it gets verify-full, after the URL so that it applies")
    func remote() throws {
        let explicit = try postgres("postgresql://kim@db.example.org:5433/pilotdeck?sslmode=require")
        #expect(explicit.hosts == ["db.example.org"])
        #expect(!explicit.verifiesServer)
        #expect(!explicit.parameters.contains { $0.keyword == "sslmode" })
        #expect(!(try postgres("postgresql://db.example.org/pd?ssl=true")).verifiesServer)
        #expect(!(try postgres("postgresql://db.example.org/pd", ["PGSSLMODE": "verify-ca"])).verifiesServer)
        let bare = try postgres("postgresql://kim@db.example.org:5433/pilotdeck")
        #expect(bare.verifiesServer)
        #expect(bare.parameters.map(\.keyword) == ["application_name", "connect_timeout", "dbname", "sslmode", "client_encoding"])
        #expect(bare.parameters.first { $0.keyword == "sslmode" }?.value == "verify-full")
        #expect(try postgres("postgresql:///pd?hostaddr=10.0.0.5").verifiesServer)
        #expect(try postgres("postgresql:///pd", ["PGHOST": "db.example.org"]).verifiesServer)
    }

    @Test("localhost, 127.0.0.1 and ::1 are this machine")
    func loopback() throws {
        for url in ["postgresql://localhost/pd", "postgresql://LOCALHOST:5433/pd", "postgresql://127.0.0.1/pd", "postgresql://[::1]:5432/pd"] {
            let location = try postgres(url)
            #expect(!location.verifiesServer, "\(url)")
        }
        #expect(try postgres("postgresql://[::1]/pd").hosts == ["::1"])
    }

    @Test("several hosts: verify-full when any of them is remote")
    func multiHost() throws {
        let mixed = try postgres("postgresql://localhost,db2.example.org:5433/pd?target_session_attrs=read-write")
        #expect(mixed.hosts == ["localhost", "db2.example.org"])
        #expect(mixed.verifiesServer)
        let local = try postgres("postgresql://localhost:5432,127.0.0.1:5433/pd")
        #expect(local.hosts == ["localhost", "127.0.0.1"])
        #expect(!local.verifiesServer)
    }

    @Test("PGCONNECT_TIMEOUT or a service file is left to decide how long to wait")
    func connectTimeout() throws {
        let location = try postgres("postgresql://db.example.org/pd", ["PGCONNECT_TIMEOUT": "3"])
        #expect(!location.parameters.contains { $0.keyword == "connect_timeout" })
        for service in [try postgres("postgresql://?service=pilotdeck"), try postgres("postgresql:///pd", ["PGSERVICE": "pilotdeck"])] {
            #expect(!service.parameters.contains { $0.keyword == "connect_timeout" })
        }
    }

    @Test("the status line names the database: from the URL's path or dbname, PGDATABASE, or the service")
    func databaseName() throws {
        #expect(try postgres("postgresql:///pdemo?host=/var/run/postgresql").databaseName == "pdemo")
        #expect(try postgres("postgresql://db.example.org/?dbname=north").databaseName == "north")
        #expect(try postgres("postgresql://db.example.org", ["PGDATABASE": "south"]).databaseName == "south")
        #expect(try postgres("postgresql://?service=pilotdeck").databaseName == "pilotdeck")
    }

    @Test("a password in the URL is refused in one line that names neither it nor the URL")
    func password() throws {
        let urls = [
            "postgresql://kim:s3cret@db.example.org/pilotdeck",
            "postgres://kim:s3cret@/pilotdeck?host=/var/run/postgresql",
            "postgresql://db.example.org/pilotdeck?password=s3cret",
            "postgresql://db.example.org/pilotdeck?sslmode=require&pass%77ord=s3cret",
            "postgresql://kim:@db.example.org/pilotdeck",
        ]
        for url in urls {
            let error = #expect(throws: StoreError.self) { try StoreLocation(url, environment: [:]) }
            #expect(
                error?.description
                    == "--db holds a password; take it out of the URL and put it in PGPASSWORD or ~/.pgpass (a line host:port:database:user:password, mode 0600)")
            #expect(error?.description.contains("s3cret") == false)
            #expect(error?.description.contains("example.org") == false)
        }
        let fromEnvironment = #expect(throws: StoreError.self) {
            try StoreLocation("postgresql://kim:s3cret@db.example.org/pd", field: "$PILOTDECK_DB", environment: [:])
        }
        #expect(fromEnvironment?.description.hasPrefix("$PILOTDECK_DB holds a password;") == true)
    }

    @Test("a URL libpq cannot read is refused naming the field, libpq's reason and the form to write")
    func malformed() throws {
        for url in ["postgresql://[::1/pd", "postgresql://db.example.org/pd?sslmode", "postgresql://db.example.org/pd?application_name=%zz", "postgresql://db.example.org/pd?no_such_parameter=1"] {
            let error = #expect(throws: StoreError.self) { try StoreLocation(url, environment: [:]) }
            let text = error?.description ?? ""
            #expect(text.hasPrefix("--db is not a PostgreSQL URL libpq can read ("), "\(text)")
            #expect(text.hasSuffix("write it as postgresql://[user@]host[:port]/database[?parameter=value&…]"))
            #expect(!text.contains("\n"))
        }
    }

    @Test("another scheme is refused, and an uppercase one is told to be lowercase")
    func otherSchemes() throws {
        #expect(throws: StoreError.refused("--db is a mysql:// URL; give a database file's path or a postgresql:// URL")) {
            try StoreLocation("mysql://root:pw@db/pd", environment: [:])
        }
        #expect(throws: StoreError.refused("--db is a file:// URL; give a database file's path or a postgresql:// URL")) {
            try StoreLocation("file:///tmp/pd.sqlite", environment: [:])
        }
        #expect(throws: StoreError.refused("--db starts with PostgreSQL://; write the scheme in lowercase, postgresql://")) {
            try StoreLocation("PostgreSQL://db.example.org/pd", environment: [:])
        }
    }
}
