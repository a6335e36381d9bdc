import Foundation
import Testing
@testable import PilotStore

/// The PostgreSQL server the tests use: `PILOTDECK_TEST_POSTGRES`, a superuser's URL, which
/// `.ci/postgres start` prints for a throwaway cluster and `.ci/run` sets. Without it the tests
/// that need a server are skipped, except under CI, where its absence fails.
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["PILOTDECK_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let isAvailable = url != nil
    static let skipReason: Comment = "PILOTDECK_TEST_POSTGRES is not set; start a server with eval \"$(.ci/postgres start)\""

    /// The server's URL for `user` on `database`: libpq lets a later query parameter override
    /// what the URL said before it.
    static func url(database: String, user: String? = nil) -> String {
        let base = url!
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + "dbname=\(database)" + (user.map { "&user=\($0)" } ?? "")
    }

    static func connect(database: String = "postgres", user: String? = nil) throws -> PostgresConnection {
        guard case .postgres(let location) = try StoreLocation(url(database: database, user: user)) else {
            throw StoreError.refused("PILOTDECK_TEST_POSTGRES is not a postgresql:// URL")
        }
        return try PostgresConnection(location)
    }

    /// Runs `body` on a new empty database of its own, with the administrator's roles (under
    /// names of its own) and one person's login role in the application role; drops them all
    /// afterwards, whatever happens.
    static func withScratch<T>(_ body: (PostgresScratch) throws -> T) throws -> T {
        let id = "pdt_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let scratch = PostgresScratch(
            database: id, roles: try PostgresRoles(owner: id + "_owner", application: id + "_app"), person: id + "_kim")
        let admin = try connect()
        try admin.execute("CREATE DATABASE \(id)")
        defer {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(id) WITH (FORCE)")
            _ = try? admin.execute("DROP ROLE IF EXISTS \(scratch.person), \(scratch.roles.application), \(scratch.roles.owner)")
        }
        let setup = try connect(database: id)
        try setup.executeScript(scratch.roles.setupSQL)
        try setup.execute("CREATE ROLE \(scratch.person) LOGIN IN ROLE \(scratch.roles.application)")
        return try body(scratch)
    }
}

/// A database of one test, its roles and one person's login.
struct PostgresScratch {
    let database: String
    let roles: PostgresRoles
    let person: String

    /// A new connection, as the superuser unless `user` says.
    func connect(as user: String? = nil) throws -> PostgresConnection {
        try PostgresTestServer.connect(database: database, user: user)
    }

    /// The schema migrated by the owner role and the grants applied, as `pilotdeck init` will.
    func migrated() throws -> PostgresScratch {
        let owner = try connect(as: roles.owner)
        try PostgresSchema.migrate(owner)
        try owner.executeScript(roles.grantSQL)
        return self
    }
}

/// Lines written by several threads, read by the test's own.
final class ThreadLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
