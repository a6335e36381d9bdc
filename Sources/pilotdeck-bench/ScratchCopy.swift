import Foundation

/// A copy of a database file (and its WAL) in the temporary folder, for benchmarks that write.
/// The copy is flushed to disk before use: otherwise the first checkpoint's fsync of the copy
/// writes back the whole fresh copy, hundreds of megabytes, inside whatever is being timed.
struct ScratchCopy {
    let path: String

    init(of source: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-bench-\(UUID().uuidString).sqlite").path
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
            guard let copy = FileHandle(forWritingAtPath: path + suffix) else { throw BenchError("cannot open the copy \(path + suffix)") }
            try copy.synchronize()
            try copy.close()
        }
    }

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
