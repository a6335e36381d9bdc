import Foundation
import PilotDemo
import PilotKit
import PilotStore
import PilotdeckTestSupport

/// The standard demo hospital, seeded once in-process and copied for each test that needs one,
/// so tests start from the same known database without paying for seeding each time.
enum DemoFixture {
    private static let seeded: Result<(path: String, summary: DemoSummary), Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-fault-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let seedPath = folder.appendingPathComponent("seed.sqlite").path
        let database = try PilotDatabase(path: seedPath, mode: .create)
        let playbooks = try Playbook.loadAll(in: PackageRoot.playbooks, catalogue: DataDomain.defaultCatalogue)
        let summary = try DemoHospital.seed(into: database, admin: Identity.osLogin(), playbooks: playbooks, today: Day(Date()))
        // A backup is one self-contained file (no WAL beside it), safe to copy byte for byte.
        let path = folder.appendingPathComponent("demo.sqlite").path
        try database.backup(to: path)
        return (path, summary)
    }

    static var summary: DemoSummary { get throws { try seeded.get().summary } }

    /// A private copy of the demo database in `cli`'s folder.
    static func copy(into cli: CLI, name: String = "demo.sqlite") throws -> String {
        let destination = cli.path(name)
        try FileManager.default.copyItem(atPath: try seeded.get().path, toPath: destination)
        return destination
    }
}
