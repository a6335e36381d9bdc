import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

@Suite("Database files", .sqliteFileOnly)
struct DatabaseFileTests {
    let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pilotdeck-files-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    func file(_ name: String, _ bytes: Data) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a missing database is refused with a hint to init or demo")
    func missing() throws {
        let path = directory.appendingPathComponent("none.sqlite").path
        let error = #expect(throws: StoreError.self) { try PilotDatabase(path: path) }
        #expect(error?.description.contains("pilotdeck init") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a missing directory is named")
    func missingDirectory() throws {
        #expect(throws: StoreError.missingDirectory(directory.path + "/nope")) {
            try PilotDatabase(path: directory.path + "/nope/x.sqlite", mode: .create)
        }
    }

    @Test("a text file, an empty file and a foreign SQLite database are not Pilotdeck databases and stay untouched")
    func foreign() throws {
        let text = try file("notes.txt", Data("hello, this is not a database\n".utf8))
        let empty = try file("empty.sqlite", Data())
        let other = directory.appendingPathComponent("other.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [other, "CREATE TABLE t(x); INSERT INTO t VALUES (1);"]
        try process.run()
        process.waitUntilExit()
        for path in [text, empty, other] {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(throws: StoreError.notPilotdeck(path)) { try PilotDatabase(path: path) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test("a truncated database is refused and untouched")
    func truncated() throws {
        let fixture = try StoreFixture()
        try fixture.database.writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        let full = try Data(contentsOf: URL(fileURLWithPath: fixture.path))
        let path = try file("cut.sqlite", full.prefix(full.count / 2))
        let error = #expect(throws: StoreError.self) { try PilotDatabase(path: path) }
        #expect(error?.description.contains("truncated") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == full.count / 2)
    }

    @Test("a database from a newer schema version is refused")
    func newerSchema() throws {
        let fixture = try StoreFixture()
        try fixture.tamper("INSERT INTO grdb_migrations VALUES ('v99-from-the-future');")
        #expect(throws: StoreError.newerSchema(fixture.path)) { try PilotDatabase(path: fixture.path) }
    }

    /// Root ignores file modes, so as root this would check nothing: it is reported as skipped
    /// there, and FaultTests' `readOnly` covers the same ground as an unprivileged user.
    @Test("a read-only file opens read-only and refuses writes", .disabled(if: getuid() == 0, "root ignores file modes"))
    func readOnly() throws {
        let fixture = try StoreFixture()
        try fixture.database.writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: fixture.path)
        let database = try PilotDatabase(path: fixture.path)
        #expect(database.isReadOnly)
        #expect(try database.pilots().count == 1)
    }

    @Test("new database files are private to their owner")
    func permissions() throws {
        let fixture = try StoreFixture()
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a backup taken from an open database passes the integrity check")
    func backup() throws {
        let fixture = try StoreFixture()
        let target = directory.appendingPathComponent("backup.sqlite").path
        try fixture.database.backup(to: target)
        let copy = try PilotDatabase(path: target)
        #expect(try copy.check().isHealthy)
        #expect(throws: StoreError.self) { try fixture.database.backup(to: target) }
    }
}
