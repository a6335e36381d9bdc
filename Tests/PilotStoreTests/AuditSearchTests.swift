import Foundation
import GRDB
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

/// The audit-log filter, read through indexes, must return exactly what reading every entry
/// and testing it would: the same entries, newest first, page after page.
@Suite("Audit log filter")
struct AuditSearchTests {
    /// What the filter means, said the slow way.
    static func matches(_ entry: AuditEntry, _ text: String) -> Bool {
        let needle = text.lowercased()
        return [entry.personLogin, entry.osLogin, entry.entity, entry.action].contains { $0.lowercased().contains(needle) }
            || entry.entityID == text
    }

    /// Every page of `text`'s matches, 37 at a time, checking each window's count as it goes.
    static func pages(_ database: PilotDatabase, _ text: String) throws -> [AuditEntry] {
        var all: [AuditEntry] = []
        while true {
            let window = try database.auditWindow(matching: text, limit: 37, offset: all.count)
            all += window.entries
            #expect(window.total == all.count + (window.isComplete ? 0 : 1))
            if window.isComplete { return all }
            #expect(window.entries.count == 37)
        }
    }

    @Test(
        "every kind of match, in any case, paged newest first, equals testing every entry",
        arguments: ["feedback", "DELETE", "upd", "root", "ROO", "riverbend", "1", "12", "pilot", "no such text", "%", "_", "a"])
    func sameAsEveryEntry(text: String) throws {
        let seed = try DemoSeed.standard.get()
        let everything = try seed.database.auditEntries(limit: 1_000_000)
        let expected = everything.filter { Self.matches($0, text) }.map(\.seq)
        #expect(try Self.pages(seed.database, text).map(\.seq) == expected)
    }

    @Test("an entity id matches whole: 12 finds entity 12, not 120")
    func entityIDWhole() throws {
        let seed = try DemoSeed.standard.get()
        let found = try Self.pages(seed.database, "12")
        #expect(found.contains { $0.entityID == "12" })
        #expect(!found.contains { $0.entityID == "120" })
    }

    @Test("an offset past the last match returns nothing and says the list is complete")
    func pastTheEnd() throws {
        let seed = try DemoSeed.standard.get()
        let window = try seed.database.auditWindow(matching: "delete", limit: 10, offset: 1_000_000)
        #expect(window.entries.isEmpty && window.isComplete)
    }

    @Test("the block index written with each entry is exactly the one migration v3 builds from the log", .sqliteFileOnly)
    func blocksMatchTheLog() throws {
        let seed = try DemoSeed.standard.get()
        let fromLog = """
            SELECT 'person', person_login, seq >> 6 FROM audit
            UNION SELECT 'os', os_login, seq >> 6 FROM audit
            UNION SELECT 'kind', entity || ' ' || action, seq >> 6 FROM audit
            """
        try seed.database.sqliteRead { db in
            let missing = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(fromLog) EXCEPT SELECT * FROM audit_block)")
            let extra = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT * FROM audit_block EXCEPT SELECT * FROM (\(fromLog)))")
            #expect(missing == 0 && extra == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_block")! > 100)
        }
    }
}
