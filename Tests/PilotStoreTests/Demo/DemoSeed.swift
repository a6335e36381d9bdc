import Foundation
import PilotDemo
import PilotKit
import PilotStore

/// The demo hospital seeded into a fresh database file in a temporary folder.
struct DemoSeed {
    /// A Wednesday, so the story's calendar has to step back to a Monday.
    static let today = try! Day(parsing: "2026-06-17", field: "today")
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let playbooks = Result { try Playbook.loadAll(in: repoRoot.appendingPathComponent("Pilots")) }
    /// The standard seed, shared by the tests that only read it.
    static let standard = Result { try DemoSeed() }

    let database: PilotDatabase
    let summary: DemoSummary

    init(admin: String = "root", scale: DemoScale = .standard) throws {
        database = try Self.emptyDatabase()
        summary = try DemoHospital.seed(
            into: database, admin: admin, playbooks: try Self.playbooks.get(), today: Self.today, scale: scale)
    }

    /// Deletes the folder of a database no other test reads.
    static func discard(_ database: PilotDatabase) {
        try? FileManager.default.removeItem(atPath: (database.path as NSString).deletingLastPathComponent)
    }

    static func emptyDatabase() throws -> PilotDatabase {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try PilotDatabase(path: directory.appendingPathComponent("demo.sqlite").path, mode: .create)
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
