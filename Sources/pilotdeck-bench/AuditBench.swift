import Crypto
import Foundation
import GRDB
import PilotStore

/// `audit verify` over every entry beside two references: raw SHA-256 over exactly the bytes it
/// hashes, on as many hashing threads as it uses (one per core: verify hashes on Dispatch's
/// global queue, whose width is the number of cores, while its calling thread reads); and the
/// engine's own client reading the rows it reads (`PilotDatabase.verifiedReads`), the floor under
/// any verifier, since no hash can be checked without reading what it covers.
enum AuditBench {
    /// Raw SHA-256 of the bytes verify hashes in the log of the file at `path`.
    struct Hashing {
        let time: Duration
        let bytes: Int
        let hashes: Int
        let threads: Int

        init(path: String) throws {
            let chunks = try hashedBytes(PilotDatabase(path: path))
            let threads = ProcessInfo.processInfo.activeProcessorCount
            self.threads = threads
            time = Stopwatch.median(runs: 3) { hash(chunks, threads: threads) }
            bytes = chunks.bytes.count
            hashes = chunks.ranges.count
        }

        var summary: String { "raw SHA-256 of \(Units.mib(bytes)) in \(hashes) hashes, \(threads) threads: \(Units.ms(time))" }
    }

    /// The engine's own client reading every row verify reads.
    static func reading(_ client: ReferenceShell) throws -> Duration { try client.time(PilotDatabase.verifiedReads, runs: 3) }

    /// `verify` against reading its rows and then hashing them, one after the other.
    static func ratio(_ verify: Duration, reading: Duration, hashing: Hashing) -> String {
        String(format: "%.1fx", Units.ratio(verify, reading + hashing.time))
    }

    static func figures(path: String) throws -> [Figure] {
        let database = try PilotDatabase(path: path)
        let (report, verify) = try Stopwatch.time { try database.verifyAudit() }
        guard report.isIntact else { throw BenchError("the audit chain of \(path) does not verify") }
        let hashing = try Hashing(path: path)
        let read = try reading(.sqlite3(path: path))
        let ratio = Units.ratio(verify, hashing.time)
        return [
            Figure(
                name: "audit verify (\(report.entries) entries)", value: Units.ms(verify) + String(format: " (%.1fx)", ratio),
                comparison: "the same bytes' " + hashing.summary, target: "<= 2x", passes: ratio <= 2),
            Figure(
                name: "audit verify beside reading its rows, then hashing them", value: Self.ratio(verify, reading: read, hashing: hashing),
                comparison: "sqlite3 reading the same rows: \(Units.ms(read))", target: "-", passes: nil),
        ]
    }

    /// Hashes every range, the ranges split into `threads` runs of about equal bytes; returns a
    /// byte of the digests so the work cannot be skipped.
    @discardableResult
    static func hash(_ chunks: (bytes: [UInt8], ranges: [Range<Int>]), threads: Int) -> UInt8 {
        let share = chunks.bytes.count / threads + 1
        var runs: [ArraySlice<Range<Int>>] = []
        var start = 0
        for (index, range) in chunks.ranges.enumerated() where range.upperBound >= share * (runs.count + 1) {
            runs.append(chunks.ranges[start...index])
            start = index + 1
        }
        runs.append(chunks.ranges[start...])
        let bytes = chunks.bytes
        let slices = runs
        let digests = DigestSink()
        DispatchQueue.concurrentPerform(iterations: slices.count) { run in
            var last: UInt8 = 0
            bytes.withUnsafeBytes { bytes in
                for range in slices[run] { last ^= SHA256.hash(data: UnsafeRawBufferPointer(rebasing: bytes[range])).first { _ in true } ?? 0 }
            }
            digests.add(last)
        }
        return digests.value
    }

    /// Where the hashing threads leave a byte of their digests.
    final class DigestSink: @unchecked Sendable {
        private let lock = NSLock()
        private var combined: UInt8 = 0

        func add(_ byte: UInt8) { lock.withLock { combined ^= byte } }
        var value: UInt8 { lock.withLock { combined } }
    }

    /// Every byte `verifyAudit` hashes on an intact log, in one buffer, and the range of each hash:
    /// each entry's chain input (its length-prefixed fields); the `after` state of each entry,
    /// except an entry inserting a row of a byte-compared table (that row is compared with it byte
    /// for byte); and the current state of each row not settled that way: every row of the other
    /// tables, and a byte-compared row changed after its insert.
    static func hashedBytes(_ database: PilotDatabase) throws -> (bytes: [UInt8], ranges: [Range<Int>]) {
        try database.sqliteRead { db in
            var bytes: [UInt8] = []
            var ranges: [Range<Int>] = []
            var newest: [String: String] = [:]
            var changedAfterInsert: Set<String> = []
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after, prev_hash FROM audit ORDER BY seq")
            while let row = try cursor.next() {
                let start = bytes.count
                let entity: String = row["entity"]
                let before: String? = row["before"]
                let after: String? = row["after"]
                let fields: [String] = [
                    row["prev_hash"], String(row["seq"] as Int64), String(Int64(((row["at"] as Date).timeIntervalSince1970 * 1000).rounded())), row["os_login"], row["person_login"],
                    entity, row["entity_id"], (row["pilot_id"] as Int64?).map(String.init) ?? "", row["action"],
                    before ?? "\u{0}", after ?? "\u{0}",
                ]
                for field in fields {
                    bytes += Array("\(field.utf8.count):".utf8)
                    bytes += Array(field.utf8)
                }
                ranges.append(start..<bytes.count)
                let key = "\(entity)/\(row["entity_id"] as String)"
                let byteCompared = PilotDatabase.byteComparedEntities.contains(entity)
                if byteCompared, before != nil { changedAfterInsert.insert(key) }
                if let after, !byteCompared || before != nil {
                    let afterStart = bytes.count
                    bytes += Array(after.utf8)
                    ranges.append(afterStart..<bytes.count)
                }
                newest[key] = after
            }
            for (key, state) in newest {
                let entity = String(key.prefix { $0 != "/" })
                guard !PilotDatabase.byteComparedEntities.contains(entity) || changedAfterInsert.contains(key) else { continue }
                let start = bytes.count
                bytes += Array(state.utf8)
                ranges.append(start..<bytes.count)
            }
            return (bytes, ranges)
        }
    }
}
