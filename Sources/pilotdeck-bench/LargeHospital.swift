import Foundation
import PilotDeck
import PilotDemo
import PilotKit
import PilotStore

/// The benchmark's data set: the demo hospital at `DemoScale.large`, seeded through the Ledger
/// so every row has its audit entry, exactly as `pilotdeck demo --scale large` builds it.
enum LargeHospital {
    /// Opens `path`, seeding it first when it is missing (or when `reseed` asks for a new one);
    /// prints how long seeding took.
    static func prepare(path: String, reseed: Bool) throws {
        if case .postgres = try StoreLocation(path) { return try prepareShared(url: path) }
        let exists = FileManager.default.fileExists(atPath: path)
        if exists, !reseed { return }
        if exists {
            guard try PilotDatabase(path: path).isDemo() else {
                throw BenchError("\(path) is not a demo database; the bench seeds only its own files")
            }
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        try seed(PilotDatabase(path: path, mode: .create))
    }

    /// A PostgreSQL database is seeded when it is empty, kept when it is a demo, refused otherwise;
    /// its audit log cannot be emptied, so --seed does not apply (drop and create it instead).
    static func prepareShared(url: String) throws {
        let database = try PilotDatabase(path: url, mode: .create)
        if try database.isDemo() { return }
        guard try database.people().isEmpty else {
            throw BenchError("\(url) is not a demo database; the bench seeds only an empty one")
        }
        try seed(database)
    }

    private static func seed(_ database: PilotDatabase) throws {
        print("seeding \(database.path) at DemoScale.large through the Ledger …")
        let (summary, elapsed) = try Stopwatch.time {
            try DemoHospital.seed(
                into: database, admin: try database.authenticatedLogin(), playbooks: try PlaybookLibrary.load(), today: Day(Date()),
                scale: .large)
        }
        print(String(
            format: "seeded in %.1f s: %d pilots, %d people, %d measurements, %d feedback entries, %d audit entries",
            Units.seconds(elapsed), summary.pilots, summary.people, summary.measurements, summary.feedback, Int(summary.auditEntries)))
    }
}
