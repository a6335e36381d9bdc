import Foundation
import GRDB
import PilotKit

/// `pilotdeck migrate`: moves a hospital's SQLite file onto an empty PostgreSQL database, every
/// table with its ids and the audit log byte for byte, in one server transaction that commits
/// only when the copy verifies (the same verifier as `audit verify`) up to the file's own head.
/// The file is then sealed by one last audited entry naming where it went, after which it
/// refuses every write; reads still work.
///
/// The file's write lock is held from its verification to its seal, so nothing is written to the
/// file that the copy misses. Stopped at any point before the server's COMMIT, the server rolls
/// the copy back and the file is as it was; stopped between that COMMIT and the seal, the next
/// run finds the server holding exactly the file's chain, verifies it and seals the file.
///
/// Copying entries as they are, dated and signed as the file has them, needs the audit table's
/// stamping trigger off for the copy: only the database's owner may do that, inside the
/// transaction, and the trigger is on again before the copy is verified.
public struct DatabaseMove: Sendable {
    public let source: PilotDatabase
    public let target: PostgresLocation
    let actingAs: String?
    let lockTimeout: TimeInterval

    /// Opens the file (`source` must be one) as the person who moves it: its admin.
    public init(
        source: PilotDatabase, target: PostgresLocation, actingAs: String? = nil,
        lockTimeout: TimeInterval = PilotDatabase.defaultBusyTimeout
    ) throws {
        guard source.engine is SQLiteEngine else {
            throw StoreError.refused("\(source.path) is a PostgreSQL database already; migrate moves a SQLite file")
        }
        self.source = source
        self.target = target
        self.actingAs = actingAs
        self.lockTimeout = lockTimeout
    }

    /// Moves the file, or with `dryRun` does everything short of committing and sealing, then
    /// rolls the copy back.
    public func run(dryRun: Bool, progress: (MoveProgress) -> Void = { _ in }) throws -> MoveReport {
        if let moved = try source.read(Settings.movedTo) {
            throw StoreError.moved(path: source.path, to: moved)
        }
        let ledger = try Ledger.open(source, actingAs: actingAs)
        try Permission.configure.check(ledger.actor)
        let server = try PostgresEngine(target, mode: .create, lockTimeout: lockTimeout)
        try server.withConnection { connection in
            guard try PostgresSchema.isOwner(connection) else {
                let role = try connection.execute("SELECT session_user")[0][0] ?? "?"
                throw StoreError.refused(
                    "\(target): the role \(role) does not own Pilotdeck's tables there; run migrate as the owner role that ran pilotdeck init")
            }
        }
        if !source.isReadOnly, !dryRun {
            let report = try ledger.write(.configure) { writes in
                let report = try transfer(writes.session, to: server, commit: true, progress: progress)
                var seal = SettingRow(key: Settings.movedToKey, value: target.url)
                try writes.insert(&seal)
                return report
            }
            // Tables filled by COPY have no statistics until autovacuum gets to them, and the
            // planner's guesses without them made the large hospital's first frame twice as slow.
            progress(.analyzing)
            try server.withConnection { connection in _ = try connection.execute("ANALYZE") }
            return report
        }
        if !dryRun { throw StoreError.readOnly(source.path) }
        do {
            return try source.read { session in try transfer(session, to: server, commit: false, progress: progress) }
        } catch let rolledBack as RolledBack {
            return rolledBack.report
        }
    }

    /// A dry run's end: thrown out of the server's transaction so that it rolls back.
    private struct RolledBack: Error { let report: MoveReport }

    /// Verifies the file, then copies it inside one server transaction and verifies the copy.
    private func transfer(
        _ session: any StoreSession, to server: PostgresEngine, commit: Bool, progress: (MoveProgress) -> Void
    ) throws -> MoveReport {
        let db = (session as! SQLiteSession).db
        var verifier = AuditVerifier(db: session, anchor: nil)
        let verified = try verifier.run()
        guard verified.isIntact else {
            throw StoreError.refused(
                "\(source.path)'s audit log does not verify (\(verified.lines(limit: 1).first ?? "")); nothing was copied: see pilotdeck audit verify")
        }
        let head = AuditAnchor(seq: verified.headSeq, hash: verified.headHash)
        progress(.verifiedSource(entries: verified.entries, head: head))
        return try server.withConnection { connection in
            try connection.writeTransaction(lockTimeout: lockTimeout) {
                _ = try PostgresChainHead.lock(connection)
                let tables = try MoveTable.all(in: db, server: connection, source: source.path, target: target.url)
                func report(_ outcome: MoveReport.Outcome) -> MoveReport {
                    MoveReport(
                        outcome: outcome, dryRun: !commit, source: source.path, target: target.url,
                        tables: tables.map { ($0.name, $0.rowCount) }, head: head, entries: verified.entries)
                }
                if let held = try Self.firstTableWithRows(tables, connection) {
                    let found = try Self.verify(connection, anchor: head)
                    guard found.isIntact, found.headSeq == head.seq, found.headHash == head.hash else {
                        throw StoreError.refused(
                            "\(target) is not empty (its table \(held) holds rows); migrate moves into an empty database: give another --to, or drop and create this one")
                    }
                    return report(.foundCopied)
                }
                try connection.execute("ALTER TABLE audit DISABLE TRIGGER audit_stamp")
                for table in tables {
                    try table.copy(from: db, to: connection) { progress(.copying(table: table.name, copied: $0, total: table.rowCount)) }
                    try table.resetSequence(on: connection)
                    progress(.copiedTable(table: table.name, rows: table.rowCount))
                }
                try connection.execute("ALTER TABLE audit ENABLE TRIGGER audit_stamp")
                progress(.verifyingTarget)
                let copied = try Self.verify(connection, anchor: head)
                guard copied.isIntact, copied.headSeq == head.seq, copied.headHash == head.hash else {
                    let problem = copied.lines(limit: 1).first ?? "its head is \(copied.headSeq):\(copied.headHash), not \(head)"
                    throw StoreError.refused(
                        "the copy on \(target) did not verify (\(problem)); it was rolled back and \(source.path) is unchanged")
                }
                if !commit { throw RolledBack(report: report(.copied)) }
                try connection.execute("NOTIFY \(PilotDatabase.changeChannel)")
                return report(.copied)
            }
        }
    }

    /// The first table, in copying order, that holds any row on the server.
    private static func firstTableWithRows(_ tables: [MoveTable], _ connection: PostgresConnection) throws -> String? {
        let probes = tables.map { "SELECT '\($0.name)' WHERE EXISTS (SELECT 1 FROM \($0.name))" }
        return try connection.execute(probes.joined(separator: " UNION ALL ") + " LIMIT 1").first?.first ?? nil
    }

    /// `audit verify` of the server's database as this transaction sees it.
    private static func verify(_ connection: PostgresConnection, anchor: AuditAnchor) throws -> AuditReport {
        var verifier = AuditVerifier(db: PostgresSession(connection), anchor: anchor)
        return try verifier.run()
    }
}
