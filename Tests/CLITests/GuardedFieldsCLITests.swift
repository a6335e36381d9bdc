import Foundation
import PilotdeckTestSupport
import Testing

/// The login this test process (and so the CLI) runs as: the demo's admin with every role.
private var osLogin: String { String(cString: getpwuid(getuid()).pointee.pw_name) }

@Suite("CLI: the PHI guard on every free-text field")
struct GuardedFieldsCLITests {
    @Test("an identifier in each newly guarded field is absent from the database, its WAL, the audit log, every listing and every report format")
    func everyGuardedField() throws {
        let demo = try DemoCopy()
        #expect(DatabaseBytes(demo.db).found(phiNeedles).isEmpty)
        let holder = try WALHolder(db: demo.db, marker: demo.cli.path("holding.txt"))
        var outputs: [String] = []
        @discardableResult
        func run(_ arguments: [String]) throws -> CLI.Result {
            let result = try demo.run(arguments)
            outputs += [result.stdout, result.stderr]
            #expect(result.status == 0, "\(arguments.prefix(2)): \(result.stderr)")
            return result
        }
        let (first, second, third) = (phiSentences[0], phiSentences[1], phiSentences[2])
        try run(["person", "add", "--login", "kim", "--name", "Kim Park", "--email", "kim@riverbend-health.example", "--department", first, "--role", "clinician"])
        try run(["tool", "add", "--key", "GUARD-T", "--name", second, "--vendor", "Acme", "--model", "m", "--version", "1", "--hosting", "on-premises"])
        try run(["tool", "review", "GUARD-T", "--verdict", "approved", "--notes", third])
        try run([
            "pilot", "new", "--key", "GUARD-P", "--name", first, "--playbook", "ambient-scribe", "--tool", "GUARD-T", "--owner", osLogin,
            "--problem", second, "--success-criteria", third, "--site", first, "--site", second,
        ])
        let added = try run(["risk", "add", "--pilot", "GUARD-P", "--category", "privacy", "--likelihood", "2", "--impact", "3", "--title", second, "--mitigation", third])
        #expect(added.stdout.contains("added risk #"))
        let starter = try #require(try demo.json(["risk", "list", "--pilot", "GUARD-P"]) as? [[String: Any]]).compactMap { $0["id"] as? Int }.min()
        try run(["risk", "update", String(try #require(starter)), "--mitigation", first])

        // Right after the writes, while a reader keeps them in the WAL; then after a checkpoint.
        let written = DatabaseBytes(demo.db)
        #expect(!written.wal.isEmpty, "the writes should still be in the WAL")
        #expect(written.inWAL("GUARD-P") && written.inWAL("[SSN]"), "the byte search must find what was stored")
        #expect(written.found(phiNeedles) == [])
        try holder.release()
        _ = try demo.cli.sqlite(demo.db, "PRAGMA wal_checkpoint(TRUNCATE);")
        let checkpointed = DatabaseBytes(demo.db)
        #expect(checkpointed.inMain("GUARD-P"))
        #expect(checkpointed.found(phiNeedles) == [])

        // Each field was stored, as the guard's output.
        let stored = [
            "SELECT department FROM person WHERE login = 'kim'", "SELECT name FROM tool WHERE key = 'GUARD-T'",
            "SELECT notes FROM tool_review WHERE tool_id = (SELECT id FROM tool WHERE key = 'GUARD-T')",
            "SELECT name FROM pilot WHERE key = 'GUARD-P'", "SELECT problem FROM pilot WHERE key = 'GUARD-P'",
            "SELECT success_criteria FROM pilot WHERE key = 'GUARD-P'", "SELECT sites FROM pilot WHERE key = 'GUARD-P'",
            "SELECT title FROM risk WHERE id = (SELECT MAX(id) FROM risk)", "SELECT mitigation FROM risk WHERE id = (SELECT MAX(id) FROM risk)",
            "SELECT mitigation FROM risk WHERE id = \(starter!)",
        ]
        for query in stored {
            let value = try demo.cli.sqlite(demo.db, query)
            #expect(value.contains("[NAME]") && value.contains("[PHONE]"), "\(query): \(value)")
        }

        let listings: [[String]] = [
            ["person", "show", "kim"], ["person", "list"], ["tool", "show", "GUARD-T"], ["tool", "list", "--json"],
            ["pilot", "show", "GUARD-P"], ["pilot", "show", "GUARD-P", "--json"], ["pilot", "list"], ["risk", "list", "--pilot", "GUARD-P"],
            ["risk", "list", "--pilot", "GUARD-P", "--json"], ["audit", "log", "--json", "--limit", "100000"], ["audit", "log", "--pilot", "GUARD-P"],
        ]
        for listing in listings { try run(listing) }
        for format in ["md", "html", "csv", "json"] {
            let stage = try run(["report", "--pilot", "GUARD-P", "--format", format, "--output", "-"])
            #expect(stage.stdout.contains("SSN") && stage.stdout.contains("MRN"), "the \(format) stage report shows the pilot's redacted fields")
            try run(["report", "--all", "--format", format, "--output", "-"])
        }
        #expect(leaked(outputs.joined(separator: "\n")) == [])
        try demo.expectIntact()
    }

    @Test("a malformed date or anchor is quoted as typed; input that may hold a patient's details is not")
    func errorsQuoteSafely() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let record = ["metric", "record", "--pilot", pilot, "--metric", "x", "--value", "1", "--n", "1", "--date"]
        let typo = try demo.run(record + ["2026-02-30"])
        #expect(typo.status == 1 && typo.stderr.contains("date: '2026-02-30' is not a date; write YYYY-MM-DD"), "\(typo.stderr)")
        let anchor = try demo.run(["audit", "verify", "--anchor", "12:abc"])
        #expect(anchor.status == 1 && anchor.stderr.contains("anchor: '12:abc' is not SEQ:HASH"), "\(anchor.stderr)")
        let misplaced = [
            try demo.run(record + ["123-45-6789"]), try demo.run(record + ["03/14/1961"]),
            try demo.run(["audit", "verify", "--anchor", "Marguerite Vasquez-Thorne 00482913"]),
            try demo.run(["pilot", "show", "Pt Marguerite Vasquez-Thorne"]), try demo.run(["risk", "list", "--pilot", "MRN 00482913"]),
            try demo.run(["pilot", "review-plan", pilot, "--as", "Marguerite Vasquez-Thorne"]),
        ]
        for result in misplaced {
            #expect(result.status == 1 && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(leaked(result.stderr) == [], "\(result.stderr)")
        }
    }
}
