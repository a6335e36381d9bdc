import Foundation
import PilotStore

/// Where a test's new database goes, on the engine `TestEngine` names: a file in a fresh
/// temporary folder, or a fresh empty database on the test server. Each person of a fixture
/// reaches a PostgreSQL database as a login role of their own, as people do in production: the
/// server stamps that role on every audit entry they write.
public enum TestDatabase {
    /// The superuser's URL of the test server, from `PILOTDECK_TEST_POSTGRES`.
    public static let serverURL: String? = ProcessInfo.processInfo.environment["PILOTDECK_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// A location for a new database named `file` (on PostgreSQL the name only tags it).
    public static func newLocation(file: String = "test.sqlite") throws -> String {
        switch TestEngine.current {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return directory.appendingPathComponent(file).path
        case .postgres:
            let name = "pdt_" + UUID().uuidString.prefix(13).lowercased().replacingOccurrences(of: "-", with: "")
            try admin().execute("CREATE DATABASE \(name)")
            return url(database: name)
        }
    }

    /// `location` as `login` opens it: the same file, or the same database connected as the
    /// login role `login` (created on first use; a superuser, as the tests' own server allows).
    public static func location(_ location: String, as login: String) throws -> String {
        guard TestEngine.current == .postgres else { return location }
        try admin().execute(
            """
            DO $$ BEGIN CREATE ROLE "\(login)" LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
            """)
        return location + "&user=\(login)"
    }

    static func url(database: String) -> String {
        guard let base = serverURL else {
            preconditionFailure("PILOTDECK_TEST_ENGINE=postgres needs PILOTDECK_TEST_POSTGRES: start a server with eval \"$(.ci/postgres start)\"")
        }
        return base + (base.contains("?") ? "&" : "?") + "dbname=\(database)"
    }

    private static func admin() throws -> PostgresConnection {
        guard case .postgres(let location) = try StoreLocation(url(database: "postgres")) else {
            preconditionFailure("PILOTDECK_TEST_POSTGRES is not a postgresql:// URL")
        }
        return try PostgresConnection(location)
    }
}
