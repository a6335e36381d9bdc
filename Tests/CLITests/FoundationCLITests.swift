import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: foundation", .serialized)
struct FoundationCLITests {
    @Test("demo builds a hospital whose pilots list as JSON and whose audit chain verifies")
    func demo() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let pilots = try #require(try cli.json(["pilot", "list", "--db", db, "--json"]) as? [[String: Any]])
        #expect(pilots.count >= 8)
        for key in ["id", "key", "name", "stage", "status", "tool"] {
            #expect(pilots.allSatisfy { $0[key] != nil }, "pilot JSON lacks \(key)")
        }
        let stages = Set(pilots.compactMap { $0["stage"] as? String })
        #expect(stages == ["intake", "validation", "micro", "controlled", "expansion", "general"])
        let statuses = Set(pilots.compactMap { $0["status"] as? String })
        #expect(statuses.isSuperset(of: ["active", "paused", "rolled-back", "retired"]))
        let people = try #require(try cli.json(["person", "list", "--db", db, "--json"]) as? [[String: Any]])
        #expect(people.count >= 40)
        #expect(people.allSatisfy { $0["login"] != nil && $0["email"] != nil && $0["roles"] != nil })
        let verify = try cli.run(["audit", "verify", "--db", db])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("intact"))
    }

    @Test("demo never overwrites a database that is not a demo")
    func demoProtectsRealDatabases() throws {
        let cli = try CLI()
        let db = cli.path("real.sqlite")
        #expect(try cli.run(["init", "--db", db, "--org-domain", "riverbend.example"]).status == 0)
        let before = try cli.run(["audit", "anchor", "--db", db]).stdout
        let result = try cli.run(["demo", "--db", db, "--seed-only", "--force"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a demo database"))
        // GRDB's pool touches the schema cookie when it opens a file, so compare content, not bytes.
        #expect(try cli.run(["audit", "anchor", "--db", db]).stdout == before)
        #expect(try cli.run(["audit", "verify", "--db", db]).status == 0)
    }

    @Test("a personal e-mail is refused in one line and the audit log gains nothing")
    func personalEmail() throws {
        let cli = try CLI()
        let db = cli.path("org.sqlite")
        try cli.run(["init", "--db", db, "--org-domain", "riverbend.example"])
        let before = try cli.sqlite(db, "SELECT COUNT(*) FROM audit")
        let result = try cli.run([
            "person", "add", "--db", db, "--login", "kim", "--name", "Kim Park", "--email", "kim.park@gmail.com",
            "--department", "ED", "--role", "clinician",
        ])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("email"))
        #expect(try cli.sqlite(db, "SELECT COUNT(*) FROM audit") == before)
        let added = try cli.run([
            "person", "add", "--db", db, "--login", "kim", "--name", "Kim Park", "--email", "kim.park@riverbend.example",
            "--department", "ED", "--role", "clinician",
        ])
        #expect(added.status == 0, "\(added.stderr)")
    }

    @Test("files that are not Pilotdeck databases, and missing ones, get one line and stay untouched")
    func badFiles() throws {
        let cli = try CLI()
        let text = cli.path("notes.txt")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: text))
        let result = try cli.run(["pilot", "list", "--db", text])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not a Pilotdeck database"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: text, encoding: .utf8) == "not a database")
        let missing = try cli.run(["pilot", "list", "--db", cli.path("none.sqlite")])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("pilotdeck init") && missing.stderr.contains("pilotdeck demo"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("none.sqlite")))
        let dir = try cli.run(["pilot", "list", "--db", cli.path("nowhere/x.sqlite")])
        #expect(dir.stderr.contains("does not exist"))
    }

    @Test("the dashboard without a terminal fails with one line and no escape codes")
    func noTerminal() throws {
        let cli = try CLI()
        let db = try cli.demo()
        let result = try cli.run(["--db", db], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("terminal"))
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"))
    }

    @Test("tampering from outside is named by audit verify", arguments: [
        ("DROP TRIGGER audit_no_update; UPDATE audit SET after = '{}' WHERE seq = 5;", "entry 5"),
        ("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 7;", "entry 7"),
        ("UPDATE pilot SET stage = 'general' WHERE id = 1;", "pilot 1"),
        ("UPDATE decision SET kind = CASE kind WHEN 'go' THEN 'stop' ELSE 'go' END WHERE id = (SELECT MIN(id) FROM decision);", "decision"),
        ("UPDATE feedback SET rating = 5 WHERE id = 1;", "feedback 1"),
    ])
    func tampering(sql: String, named: String) throws {
        let cli = try CLI()
        let db = try cli.demo()
        _ = try cli.sqlite(db, sql)
        let result = try cli.run(["audit", "verify", "--db", db])
        #expect(result.status != 0)
        #expect(result.stdout.contains(named), "\(result.stdout)")
    }

    @Test("a metric import is all or nothing and names the bad line")
    func metricImport() throws {
        let cli = try CLI()
        let db = cli.path("m.sqlite")
        try cli.run(["init", "--db", db, "--org-domain", "riverbend.example"])
        try cli.run(["tool", "add", "--db", db, "--key", "SCR", "--name", "Scribe", "--vendor", "Acme", "--model", "m", "--version", "1", "--hosting", "on-premises"])
        let me = try #require((try cli.json(["person", "list", "--db", db, "--json"]) as? [[String: Any]])?.first?["login"] as? String)
        let created = try cli.run(["pilot", "new", "--db", db, "--key", "AMB-T", "--name", "Test", "--playbook", "ambient-scribe", "--tool", "SCR", "--owner", me])
        #expect(created.status == 0, "\(created.stderr)")
        let playbook = try #require(try cli.json(["playbook", "list", "--json"]) as? [[String: Any]])
        let metrics = try #require(playbook.first { $0["key"] as? String == "ambient-scribe" }?["metrics"] as? [[String: Any]])
        let metric = try #require(metrics.first?["key"] as? String)
        let csv = cli.path("m.csv")
        try "metric,value,n,date\n\(metric),10,12,\(day(-7))\n\(metric),abc,12,\(day(0))\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let before = try cli.sqlite(db, "SELECT COUNT(*) FROM audit")
        let bad = try cli.run(["metric", "import", "--db", db, "--pilot", "AMB-T", csv])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 3"))
        #expect(try cli.sqlite(db, "SELECT COUNT(*) FROM measurement") == "0\n")
        #expect(try cli.sqlite(db, "SELECT COUNT(*) FROM audit") == before)
        try "metric,value,n,date\n\(metric),10,12,\(day(-7))\n\(metric),9.5,14,\(day(0))\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let good = try cli.run(["metric", "import", "--db", db, "--pilot", "AMB-T", csv])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(try cli.sqlite(db, "SELECT COUNT(*) FROM measurement") == "2\n")
    }
}
