import Foundation
import GRDB
import PilotKit

/// An open Pilotdeck database file: WAL, busy timeout, foreign keys, FULL sync, checked identity.
/// Reads go through `reader`; every write goes through a `Ledger`.
public final class PilotDatabase: Sendable {
    /// `PRAGMA application_id` of every Pilotdeck database ("PDK1").
    public static let applicationID: Int32 = 0x5044_4B31
    public static let defaultBusyTimeout: TimeInterval = 5

    public let path: String
    public let isReadOnly: Bool
    /// A WAL pool normally; a plain immutable connection for files this user may not write.
    let writer: any DatabaseWriter

    /// How to treat a missing file.
    public enum OpenMode: Sendable {
        /// The file must exist and be a Pilotdeck database.
        case existing
        /// Create the file (0600) when it does not exist.
        case create
    }

    public init(path: String, mode: OpenMode = .existing, busyTimeout: TimeInterval = defaultBusyTimeout) throws {
        self.path = path
        let fm = FileManager.default
        if path.isEmpty { throw StoreError.cannotOpen("the database path is empty; give --db PATH") }
        // A URL is never taken for a file name: a password in it is refused unechoed, and a
        // PostgreSQL one is said plainly to be beyond this build's store, which is SQLite only.
        if case .postgres = try StoreLocation(path) {
            throw StoreError.refused(
                "--db names a PostgreSQL database; this build of Pilotdeck stores in SQLite files only, so far: give a database file's path")
        }
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
                if try Self.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path) }
                return try Self.migrator.hasCompletedMigrations(db)
            }
            // Only a file with pending migrations is migrated.
            if !isReadOnly, !current {
                try Self.migrator.migrate(writer)
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
                try db.tableExists("grdb_migrations") && migrator.hasBeenSuperseded(db)
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

    /// Reads a consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, action: "reading")
        }
    }

    /// Writes in one IMMEDIATE transaction; used only by the Ledger and maintenance commands.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(path) }
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path, action: "the write")
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
        if appID != applicationID { throw StoreError.notPilotdeck(path) }
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
