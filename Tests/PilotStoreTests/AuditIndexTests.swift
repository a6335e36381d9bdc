import Foundation
import GRDB
import PilotKit
import PilotdeckTestSupport
import Testing
@testable import PilotStore

/// `audit verify` (and so `check`) holds the audit filter's block index to the log it indexes,
/// and the triggers to those Pilotdeck's migrations create.
@Suite("Audit index and triggers")
struct AuditIndexTests {
    static func filtered(_ fixture: StoreFixture, _ text: String) throws -> Int {
        try fixture.database.auditWindow(matching: text, limit: 10_000, offset: 0).entries.count
    }

    @Test("index rows deleted by hand hide a person's entries from the filter; verify and check name them", .sqliteFileOnly, arguments: [false, true])
    func deletedIndexRows(triggerRestored: Bool) throws {
        let fixture = try StoreFixture()
        let found = try Self.filtered(fixture, "lee")
        let trigger = try #require(try fixture.database.sqliteRead { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'audit_block_no_delete'")
        })
        try fixture.tamper(
            "DROP TRIGGER audit_block_no_delete; DELETE FROM audit_block WHERE facet = 'person' AND value = 'lee';"
                + (triggerRestored ? trigger + ";" : ""))
        #expect(try Self.filtered(fixture, "lee") < found)

        let report = try fixture.database.verifyAudit()
        #expect(report.firstBrokenSeq == nil && report.rowProblems.isEmpty && report.unauthorized.isEmpty)
        #expect(report.indexProblems.count == 1)
        #expect(report.indexProblems.first?.hasPrefix("person lee: entries 0-63") == true, "\(report.indexProblems)")
        #expect(report.indexProblems.first?.hasSuffix("are missing from the index; the audit filter skips them") == true)
        #expect(report.triggerProblems == (triggerRestored ? [] : ["audit_block_no_delete on audit_block is missing: dropped outside Pilotdeck"]))
        #expect(try !fixture.database.check().isHealthy)
    }

    @Test("an index row for entries that do not exist is named", .sqliteFileOnly)
    func extraIndexRow() throws {
        let fixture = try StoreFixture()
        try fixture.tamper("INSERT INTO audit_block (facet, value, block) VALUES ('os', 'ghost', 0)")
        let report = try fixture.database.verifyAudit()
        #expect(report.indexProblems == ["os ghost: the index lists entries 0-63, which hold no such entry"])
        #expect(!report.isIntact)
    }

    @Test("a trigger dropped, replaced or added outside Pilotdeck is named", .sqliteFileOnly, arguments: [
        ("DROP TRIGGER audit_no_update", "audit_no_update on audit is missing: dropped outside Pilotdeck"),
        ("DROP TRIGGER audit_no_delete; CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END",
         "audit_no_delete on audit differs from Pilotdeck's: replaced outside Pilotdeck"),
        ("CREATE TRIGGER quiet AFTER INSERT ON decision BEGIN UPDATE pilot SET status = 'active'; END",
         "quiet on decision is not Pilotdeck's: added outside Pilotdeck"),
    ])
    func triggers(sql: String, problem: String) throws {
        let fixture = try StoreFixture()
        try fixture.tamper(sql)
        let report = try fixture.database.verifyAudit()
        #expect(report.triggerProblems == [problem])
        #expect(report.indexProblems.isEmpty && report.rowProblems.isEmpty)
        #expect(try !fixture.database.check().isHealthy)
    }

    @Test("an untouched file has exactly Pilotdeck's triggers and index")
    func untouched() throws {
        let report = try StoreFixture().database.verifyAudit()
        #expect(report.triggerProblems.isEmpty && report.indexProblems.isEmpty && report.isIntact)
    }
}
