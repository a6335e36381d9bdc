import Foundation

/// A copy of a database file (and its WAL) in the temporary folder, for benchmarks that write.
struct ScratchCopy {
    let path: String

    init(of source: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-bench-\(UUID().uuidString).sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
        }
    }

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
