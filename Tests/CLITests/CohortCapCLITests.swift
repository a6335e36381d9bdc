import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: cohort caps")
struct CohortCapCLITests {
    @Test("a participant beyond the cap is refused in one line naming the cap and the stage that allows more; nothing changes")
    func beyondTheCap() throws {
        let demo = try DemoCopy()
        // Radiology impressions allow 3 participants at validation, 10 at micro.
        try demo.newPilot("CAP-1", playbook: "radiology-impression")
        let clinicians = try demo.people().filter { ($0["roles"] as? [String])?.contains("clinician") == true }.compactMap { $0["login"] as? String }
        try #require(clinicians.count >= 4)
        for login in clinicians.prefix(3) {
            let added = try demo.run(["pilot", "participant", "add", "CAP-1", "--login", login])
            #expect(added.status == 0, "\(added.stderr)")
        }
        let before = try demo.cli.sqlite(demo.db, "SELECT COUNT(*) FROM audit")
        let refused = try demo.run(["pilot", "participant", "add", "CAP-1", "--login", clinicians[3]])
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stderr.contains("validation stage's cohort cap is 3"), "\(refused.stderr)")
        #expect(refused.stderr.contains("the micro stage allows 10"), "\(refused.stderr)")
        #expect(try demo.cli.sqlite(demo.db, "SELECT COUNT(*) FROM audit") == before)
        let pending = try demo.cli.sqlite(demo.db, "SELECT pending_stage, COUNT(*) FROM participant JOIN pilot ON pilot.id = pilot_id WHERE key = 'CAP-1' GROUP BY 1")
        #expect(pending == "validation|3\n")
        let show = try demo.run(["pilot", "show", "CAP-1"])
        let participants = show.stdout.split(separator: "\n").first { $0.hasPrefix("participants ") }
        #expect(participants?.hasSuffix(" 3 enrolled, 3 pending validation") == true, "\(show.stdout)")
    }
}
