import Foundation

/// The engine the in-process suites store their databases in: SQLite files by default, a
/// PostgreSQL server when `PILOTDECK_TEST_ENGINE=postgres` (with `PILOTDECK_TEST_POSTGRES`
/// naming a superuser's URL, as `.ci/postgres start` prints). `.ci/run` runs the suites once on
/// each. Tests that only make sense on a file are reported as skipped on PostgreSQL.
public enum TestEngine: String, Sendable {
    case sqlite, postgres

    public static let current: TestEngine =
        ProcessInfo.processInfo.environment["PILOTDECK_TEST_ENGINE"] == "postgres" ? .postgres : .sqlite

    public static var isSQLite: Bool { current == .sqlite }
}
