import Foundation
import PilotDemo
import PilotKit
import PilotStore

/// The demo hospital for tests: seeded in process into a new database on the engine `TestEngine`
/// names, or seeded once per run into a SQLite file (as `pilotdeck demo` would: the OS login as
/// admin, today as today) and copied for each test that runs the binary on it, so those tests
/// start from the same known database without paying for seeding each time.
public enum SeededDemo {
    /// The shipped playbooks, loaded once.
    public static let playbooks = Result { try Playbook.loadAll(in: PackageRoot.playbooks) }

    /// The demo hospital seeded with `admin` on `today` into a new database on the test engine.
    public static func seed(admin: String, today: Day, scale: DemoScale = .standard) throws -> (database: PilotDatabase, summary: DemoSummary) {
        let database = try PilotDatabase(path: TestDatabase.newLocation(file: "demo.sqlite"), mode: .create)
        let summary = try DemoHospital.seed(into: database, admin: admin, playbooks: try playbooks.get(), today: today, scale: scale)
        return (database, summary)
    }

    private static let standardFile = Result { try seedFile(scale: .standard) }
    private static let mediumFile = Result { try seedFile(scale: .medium) }

    private static func seedFile(scale: DemoScale) throws -> (path: String, summary: DemoSummary) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try PilotDatabase(path: folder.appendingPathComponent("seed.sqlite").path, mode: .create)
        let summary = try DemoHospital.seed(
            into: database, admin: Identity.osLogin(), playbooks: try playbooks.get(), today: Day(Date()), scale: scale)
        // A backup is one self-contained file (no WAL beside it), safe to copy byte for byte.
        let path = folder.appendingPathComponent("demo.sqlite").path
        try database.backup(to: path)
        return (path, summary)
    }

    /// The notable pilots and counts of the file every copy is made from.
    public static var summary: DemoSummary { get throws { try standardFile.get().summary } }

    /// A private copy of the demo database file in `cli`'s folder, at the standard or the medium scale.
    public static func copy(into cli: CLI, name: String = "demo.sqlite", scale: DemoScale = .standard) throws -> String {
        precondition(scale == .standard || scale == .medium, "the tests seed the demo at the standard and the medium scale")
        let destination = cli.path(name)
        try FileManager.default.copyItem(atPath: try (scale == .medium ? mediumFile : standardFile).get().path, toPath: destination)
        return destination
    }
}
