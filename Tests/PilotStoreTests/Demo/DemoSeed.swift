import Foundation
import PilotDemo
import PilotKit
import PilotStore
import PilotdeckTestSupport

/// The demo hospital seeded into a fresh database on `TestEngine.current`.
struct DemoSeed {
    /// A Wednesday, so the story's calendar has to step back to a Monday.
    static let today = try! Day(parsing: "2026-06-17", field: "today")
    static let playbooks = SeededDemo.playbooks
    /// The standard seed, shared by the tests that only read it.
    static let standard = Result { try DemoSeed() }

    let database: PilotDatabase
    let summary: DemoSummary

    init(admin: String = "root", scale: DemoScale = .standard) throws {
        (database, summary) = try SeededDemo.seed(admin: admin, today: Self.today, scale: scale)
    }

    /// Deletes the folder of a database file no other test reads (a server's scratch databases
    /// go with its throwaway cluster).
    static func discard(_ database: PilotDatabase) {
        guard TestEngine.isSQLite else { return }
        try? FileManager.default.removeItem(atPath: (database.path as NSString).deletingLastPathComponent)
    }

    static func emptyDatabase() throws -> PilotDatabase {
        try PilotDatabase(path: TestDatabase.newLocation(file: "demo.sqlite"), mode: .create)
    }

    func pilotIDs() throws -> [Int64] { try database.pilots().compactMap(\.id) }

    func readiness(_ key: String) throws -> GateReadiness { try database.readiness(of: key, today: Self.today) }

    /// A Ledger acting as `login` at ten in the morning of `today`.
    func ledger(_ login: String) throws -> Ledger {
        Ledger(
            database: database, actor: try database.person(login), osLogin: "tester",
            clock: .fixed(Self.today.date.addingTimeInterval(10 * 3600)))
    }
}
