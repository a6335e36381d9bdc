import Foundation
import PilotdeckTestSupport
import Testing

/// `audit verify` and `check` as a user runs them after editing the file with sqlite3.
@Suite("CLI: audit verify against hand edits", .serialized)
struct AuditVerifyCLITests {
    /// A copy of the demo, and the pilot whose gate has one unmet criterion.
    static func demo(_ cli: CLI) throws -> (db: String, unmet: String) {
        (try SeededDemo.copy(into: cli), try SeededDemo.summary.unmetPilot)
    }

    @Test("a clinician who gives herself leadership with sqlite3, overrides a gate and restores her roles is named; the untouched demo verifies")
    func roleChangedAndRestored() throws {
        let cli = try CLI()
        let (db, unmet) = try Self.demo(cli)
        let intact = try cli.run(["audit", "verify", "--db", db])
        #expect(intact.status == 0, "\(intact.stdout)")
        let clinician = try cli.sqliteValue(db, #"SELECT login FROM person WHERE roles = '["clinician"]' ORDER BY login LIMIT 1"#)
        _ = try cli.sqlite(db, #"UPDATE person SET roles = '["clinician","leadership"]' WHERE login = '\#(clinician)'"#)
        let decided = try cli.run([
            "decide", "--db", db, "--as", clinician, "--pilot", unmet, "--decision", "go", "--override", "--rationale", "pushing it through",
        ])
        #expect(decided.status == 0, "\(decided.stderr)")
        _ = try cli.sqlite(db, #"UPDATE person SET roles = '["clinician"]' WHERE login = '\#(clinician)'"#)
        let seq = try cli.sqliteValue(db, "SELECT MAX(seq) FROM audit WHERE entity = 'decision'")

        let verify = try cli.run(["audit", "verify", "--db", db])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("UNAUTHORIZED seq \(seq): decide override by \(clinician), who held clinician\n"), "\(verify.stdout)")
        #expect(!verify.stdout.contains("TAMPERED"))
    }

    @Test("the demo flag inserted with sqlite3, used for --as, then deleted, is named with both logins")
    func demoFlagInsertedAndDeleted() throws {
        let cli = try CLI()
        let db = cli.path("org.sqlite")
        #expect(try cli.run(["init", "--db", db, "--org-domain", "riverbend.example"]).status == 0)
        let added = try cli.run([
            "person", "add", "--db", db, "--login", "lee", "--name", "Lee Lead", "--email", "lee@riverbend.example",
            "--department", "ED", "--role", "lead",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        _ = try cli.sqlite(db, "INSERT INTO setting (key, value) VALUES ('demo', 'true')")
        let tool = try cli.run([
            "tool", "add", "--db", db, "--as", "lee", "--key", "SCRIBE", "--name", "Scribe", "--vendor", "Acme", "--model", "s",
            "--version", "1", "--hosting", "vendor-saas", "--baa-signed", "--no-training-clause", "--retention-days", "30",
        ])
        #expect(tool.status == 0, "\(tool.stderr)")
        _ = try cli.sqlite(db, "DELETE FROM setting WHERE key = 'demo'")
        let os = try cli.sqliteValue(db, "SELECT os_login FROM audit WHERE seq = 1")
        let seq = try cli.sqliteValue(db, "SELECT MAX(seq) FROM audit")

        let verify = try cli.run(["audit", "verify", "--db", db])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("UNAUTHORIZED seq \(seq): tool insert by lee, from OS login \(os) on a database that is not a demo\n"), "\(verify.stdout)")
    }

    @Test("audit_block rows deleted with their trigger dropped fail verify and check, naming the person and the trigger")
    func indexRowsDeleted() throws {
        let cli = try CLI()
        let (db, _) = try Self.demo(cli)
        let person = try cli.sqliteValue(db, #"SELECT login FROM person WHERE roles = '["clinician"]' ORDER BY login LIMIT 1"#)
        _ = try cli.sqlite(db, "DROP TRIGGER audit_block_no_delete; DELETE FROM audit_block WHERE facet = 'person' AND value = '\(person)'")
        for command in [["audit", "verify"], ["check"]] {
            let result = try cli.run(command + ["--db", db])
            #expect(result.status == 1)
            #expect(result.stdout.contains("TRIGGER audit_block_no_delete on audit_block is missing: dropped outside Pilotdeck\n"), "\(result.stdout)")
            #expect(result.stdout.contains("INDEX person \(person): entries "), "\(result.stdout)")
        }
    }

    @Test("an invalid enum written with sqlite3 is a TAMPERED line naming the row, not a decoder error")
    func invalidEnum() throws {
        let cli = try CLI()
        let (db, unmet) = try Self.demo(cli)
        let id = try cli.sqliteValue(db, "SELECT id FROM pilot WHERE key = '\(unmet)'")
        _ = try cli.sqlite(db, "UPDATE pilot SET status = 'bogus' WHERE id = \(id)")
        let verify = try cli.run(["audit", "verify", "--db", db])
        #expect(verify.status == 1)
        #expect(verify.stderr.isEmpty, "\(verify.stderr)")
        #expect(verify.stdout.hasPrefix(
            "TAMPERED pilot \(id): row cannot be read (column status holds a value Pilotdeck never writes): changed outside Pilotdeck\n"),
            "\(verify.stdout)")
    }
}
