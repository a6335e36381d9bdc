import Foundation
import GRDB
import PilotKit

/// The result of `pilotdeck check`.
public struct IntegrityReport: Sendable {
    public var quickCheck: [String]
    public var foreignKeyViolations: [String]
    public var audit: AuditReport

    public var isHealthy: Bool { quickCheck == ["ok"] && foreignKeyViolations.isEmpty && audit.isIntact }
}

extension PilotDatabase {
    /// SQLite's quick_check and foreign_key_check, plus the audit chain.
    public func check() throws -> IntegrityReport {
        let (quick, foreign) = try read { db in
            let quick = try String.fetchAll(db, sql: "PRAGMA quick_check")
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) -> \(row[2] as String? ?? "?")"
            }
            return (quick, foreign)
        }
        return IntegrityReport(quickCheck: quick, foreignKeyViolations: foreign, audit: try verifyAudit())
    }

    /// Copies a consistent snapshot to `destination` with SQLite's online backup, so writers can
    /// keep working. Refuses to overwrite an existing file.
    public func backup(to destination: String) throws {
        if destination.isEmpty || destination == "-" {
            throw StoreError.refused("a backup is a database file of its own; give a new file name, not '\(destination)'")
        }
        if FileManager.default.fileExists(atPath: destination) {
            throw StoreError.refused("\(destination) exists; give a new file name for the backup")
        }
        let directory = PathName.folder(of: destination)
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw StoreError.refused("the folder \(directory) does not exist; create it or give another backup file")
        }
        let fd = open(destination, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard fd >= 0 else { throw StoreError.cannotOpen("cannot create \(destination): \(String(cString: strerror(errno)))") }
        close(fd)
        do {
            let target = try DatabaseQueue(path: destination)
            try writer.backup(to: target)
            try target.close()
        } catch let error as DatabaseError {
            try? FileManager.default.removeItem(atPath: destination)
            throw Self.translate(error, path: path, action: "the backup")
        }
    }
}
