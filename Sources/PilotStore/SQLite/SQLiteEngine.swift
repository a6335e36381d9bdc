import Foundation
import GRDB
import PilotKit

/// A Pilotdeck database file: WAL, busy timeout, foreign keys, FULL sync, checked identity. The
/// embedded default engine, and the one with the fast paths (`SQLiteSession.db`).
final class SQLiteEngine: StoreEngine {
    let path: String
    let isReadOnly: Bool
    /// A WAL pool normally; a plain immutable connection for files this user may not write.
    let writer: any DatabaseWriter

    var name: String { path }

    init(path: String, mode: PilotDatabase.OpenMode, busyTimeout: TimeInterval) throws {
        self.path = path
        let fm = FileManager.default
        let directory = PathName.folder(of: path)
        if !directory.isEmpty, !fm.fileExists(atPath: directory) {
            throw StoreError.missingDirectory(directory)
        }
        let exists = fm.fileExists(atPath: path)
        if exists {
            try Self.checkHeader(path: path, allowEmpty: mode == .create)
        } else if mode == .existing {
            throw StoreError.missingDatabase(path)
        } else {
            let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            guard fd >= 0 else { throw StoreError.cannotOpen("cannot create \(path): \(String(cString: strerror(errno)))") }
            close(fd)
        }
        isReadOnly = exists && !fm.isWritableFile(atPath: path)
        if exists { try Self.refuseNewerSchema(path) }

        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.readonly = isReadOnly
        config.label = "pilotdeck"
        do {
            // A file this user may not write is opened immutable: SQLite then needs no -shm or
            // lock files beside it, which a read-only folder could not hold.
            writer =
                if isReadOnly {
                    try DatabaseQueue(path: Self.immutableURI(path), configuration: config)
                } else if Self.poolWouldWaitForLock(path) {
                    try DatabaseQueue(path: path, configuration: config)
                } else {
                    try DatabasePool(path: path, configuration: config)
                }
            if !isReadOnly {
                // GRDB sets synchronous=NORMAL on the WAL writer; an audit trail wants FULL durability.
                try writer.barrierWriteWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                }
            }
            let current = try writer.read { db in
                if try PilotDatabase.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path) }
                return try PilotDatabase.migrator.hasCompletedMigrations(db)
            }
            // Only a file with pending migrations is migrated.
            if !isReadOnly, !current {
                try PilotDatabase.migrator.migrate(writer)
            }
            if !exists {
                // Put page 1 (with application_id) into the main file now: until the first
                // checkpoint it lives only in the WAL, and the header check reads the main file.
                try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, action: "opening")
        }
    }

    /// GRDB's pool writes when it opens a file whose WAL is missing or empty (so that its readers
    /// can open); with the write lock held by another process that write waits, and then even
    /// reading fails. Such a file is opened through one plain connection instead: it reads at
    /// once, and its writes wait for the lock like any other. An empty WAL means the main file
    /// holds every committed change, so nothing is missed.
    static func poolWouldWaitForLock(_ path: String) -> Bool {
        let wal = path + "-wal"
        let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        guard size == 0 else { return false }
        var config = Configuration()
        config.busyMode = .immediateError
        do {
            let probe = try DatabaseQueue(path: path, configuration: config)
            defer { try? probe.close() }
            try probe.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") }
            return false
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            return true
        } catch {
            return false
        }
    }

    /// Looks at the migrations through a read-only, immutable connection, so a file from a newer
    /// Pilotdeck is refused before the pool (which writes on open) touches it.
    static func refuseNewerSchema(_ path: String) throws {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
            let superseded = try queue.read { db in
                try db.tableExists("grdb_migrations") && PilotDatabase.migrator.hasBeenSuperseded(db)
            }
            try queue.close()
            if superseded { throw StoreError.newerSchema(path) }
        } catch let error as DatabaseError {
            throw translate(error, path: path, action: "opening")
        }
    }

    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:" + (absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute) + "?immutable=1"
    }

    func read<T>(_ body: (any StoreSession) throws -> T) throws -> T {
        try sqliteRead { db in try body(SQLiteSession(db)) }
    }

    /// Reads a consistent snapshot through GRDB itself.
    func sqliteRead<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, action: "reading")
        }
    }

    /// One IMMEDIATE transaction: SQLite's write lock serializes writers, so the head read inside
    /// it is the head the entries chain from. Time and login are this client's. A file sealed by
    /// `pilotdeck migrate` refuses it, naming where the database went.
    func write<T>(clock: Clock, osLogin: String, _ body: (any StoreSession, WriteStamp) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path) }
        let at = clock.now
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    let session = SQLiteSession(db)
                    if let target = try Settings.movedTo(session) { throw StoreError.moved(path: path, to: target) }
                    result = try body(session, WriteStamp(now: at, at: at, osLogin: osLogin, head: nil))
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, action: "the write")
        }
    }

    func authenticatedLogin() throws -> String { Identity.osLogin() }

    /// SQLite's quick_check and foreign_key_check.
    func integrityCheck() throws -> [IntegrityCheck] {
        try sqliteRead { db in
            let quick = try String.fetchAll(db, sql: "PRAGMA quick_check")
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "\(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) -> \(row[2] as String? ?? "?")"
            }
            return [
                IntegrityCheck(name: "quick_check", problems: quick == ["ok"] ? [] : quick),
                IntegrityCheck(name: "foreign keys", problems: foreign),
            ]
        }
    }

    /// Copies a consistent snapshot to `destination` with SQLite's online backup, so writers can
    /// keep working. Refuses to overwrite an existing file.
    func backup(to destination: String) throws {
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

    /// Refuses, without opening it through SQLite, a file that is not ours: SQLite would otherwise
    /// happily turn an arbitrary empty file into a database, and a wrong file must stay untouched.
    static func checkHeader(path: String, allowEmpty: Bool) throws {
        // Type first: opening a FIFO would wait for a writer, and a folder or device holds no database.
        var status = stat()
        guard stat(path, &status) == 0 else { throw StoreError.cannotOpen("cannot read \(path): \(String(cString: strerror(errno)))") }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw StoreError.cannotOpen("\(path) is a folder; give the database file's path")
        default: throw StoreError.cannotOpen("\(path) is not a regular file (a device, FIFO or socket); give the database file's path")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError.cannotOpen("cannot read \(path): permission denied")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        if header.isEmpty {
            if allowEmpty { return }
            throw StoreError.notPilotdeck(path)
        }
        let magic = Data("SQLite format 3\u{0}".utf8)
        guard header.count == 100, header.prefix(16) == magic else { throw StoreError.notPilotdeck(path) }
        let appID = header[68..<72].reduce(Int32(0)) { ($0 << 8) | Int32($1) }
        let pageCount = header[28..<32].reduce(UInt32(0)) { ($0 << 8) | UInt32($1) }
        let pageSize = header[16..<18].reduce(Int(0)) { ($0 << 8) | Int($1) }
        if appID != PilotDatabase.applicationID { throw StoreError.notPilotdeck(path) }
        let size = Int(status.st_size)
        let expected = Int(pageCount) * (pageSize == 1 ? 65_536 : pageSize)
        if size < expected {
            throw StoreError.cannotOpen("\(path) is truncated (\(size) of \(expected) bytes); restore it from a backup")
        }
    }

    static func translate(_ error: DatabaseError, path: String, action: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(action)
        case .SQLITE_NOTADB: .notPilotdeck(path)
        case .SQLITE_READONLY: .readOnly(path)
        case .SQLITE_FULL: .cannotOpen("the disk holding \(path) is full and \(action) failed; nothing was changed, free some space and try again")
        case .SQLITE_CORRUPT: .cannotOpen("\(path) is damaged (\(error.message ?? "corrupt")); restore it from a backup")
        case .SQLITE_CONSTRAINT: .conflict("refused by the database: \(error.message ?? "constraint failed")")
        default: .cannotOpen("database error while \(action): \(error.message ?? "\(error.resultCode)")")
        }
    }
}
