import Crypto
import Foundation
import GRDB
import PilotStore

/// `audit verify` over every entry beside raw SHA-256 over the bytes it must hash: each entry's
/// length-prefixed fields (the chain), each entry's `after` state, and each live row's state
/// (equal, in an intact log, to the newest `after` of that row).
enum AuditBench {
    static func figure(path: String) throws -> Figure {
        let database = try PilotDatabase(path: path)
        let (report, verify) = try Stopwatch.time { try database.verifyAudit() }
        guard report.isIntact else { throw BenchError("the audit chain of \(path) does not verify") }
        let chunks = try hashedBytes(database)
        let raw = Stopwatch.time {
            var last: UInt8 = 0
            for chunk in chunks.ranges { last ^= SHA256.hash(data: chunks.bytes[chunk]).first { _ in true } ?? 0 }
            return last
        }.1
        let ratio = Units.ratio(verify, raw)
        return Figure(
            name: "audit verify (\(report.entries) entries)", value: Units.ms(verify) + String(format: " (%.1fx)", ratio),
            comparison: "raw SHA-256 of the same \(Units.mib(chunks.bytes.count)): \(Units.ms(raw))", target: "<= 2x",
            passes: ratio <= 2)
    }

    /// Every byte `verifyAudit` hashes, in one buffer, and the range of each hash.
    static func hashedBytes(_ database: PilotDatabase) throws -> (bytes: [UInt8], ranges: [Range<Int>]) {
        try database.read { db in
            var bytes: [UInt8] = []
            var ranges: [Range<Int>] = []
            var newest: [String: String] = [:]
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after, prev_hash FROM audit ORDER BY seq")
            while let row = try cursor.next() {
                let start = bytes.count
                let fields: [String] = [
                    row["prev_hash"], String(row["seq"] as Int64), String(Int64(((row["at"] as Date).timeIntervalSince1970 * 1000).rounded())), row["os_login"], row["person_login"],
                    row["entity"], row["entity_id"], (row["pilot_id"] as Int64?).map(String.init) ?? "", row["action"],
                    row["before"] ?? "\u{0}", row["after"] ?? "\u{0}",
                ]
                for field in fields {
                    bytes += Array("\(field.utf8.count):".utf8)
                    bytes += Array(field.utf8)
                }
                ranges.append(start..<bytes.count)
                if let after = row["after"] as String? {
                    let afterStart = bytes.count
                    bytes += Array(after.utf8)
                    ranges.append(afterStart..<bytes.count)
                }
                newest["\(row["entity"] as String)/\(row["entity_id"] as String)"] = row["after"]
            }
            for state in newest.values {
                let start = bytes.count
                bytes += Array(state.utf8)
                ranges.append(start..<bytes.count)
            }
            return (bytes, ranges)
        }
    }
}
