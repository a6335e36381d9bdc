import Foundation
import PilotdeckTestSupport
import Testing

@Suite("CLI: alerts")
struct AlertsCLITests {
    @Test("alerts exits 1 on the demo and names each kind it holds: the tripped safeguard, an overdue step, an action plan never read, a review overdue, a tool's unmet conditions")
    func demo() throws {
        let demo = try DemoCopy()
        let text = try demo.run(["alerts"])
        #expect(text.status == 1, "\(text.stderr)")
        for kind in ["safeguard", "overdue-step", "action-plan-review", "overdue-review", "tool-conditions"] {
            #expect(text.stdout.contains(kind), "\(kind) missing:\n\(text.stdout)")
        }
        #expect(text.stdout.contains(demo.seeded.trippedPilot))

        let json = try demo.run(["alerts", "--json"])
        #expect(json.status == 1)
        let alerts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(alerts.compactMap { $0["kind"] as? String }) == ["safeguard", "overdue-step", "action-plan-review", "overdue-review", "tool-conditions"])
        let review = try #require(alerts.first { $0["kind"] as? String == "overdue-review" })
        #expect(review["pilot"] as? String == demo.seeded.overduePilot && (review["detail"] as? String)?.hasPrefix("review overdue since ") == true)
        let safeguard = try #require(alerts.first { $0["kind"] as? String == "safeguard" })
        #expect(safeguard["pilot"] as? String == demo.seeded.trippedPilot)
        #expect((safeguard["subject"] as? String)?.hasPrefix("incident #") == true)
    }

    @Test("alerts exits 0 on a fresh database, saying there are none")
    func fresh() throws {
        let cli = try CLI()
        let db = cli.path("fresh.sqlite")
        #expect(try cli.run(["init", "--db", db, "--org-domain", "riverbend.example"]).status == 0)
        let text = try cli.run(["alerts", "--db", db])
        #expect(text.status == 0 && text.stdout == "no alerts\n", "\(text.stdout)\(text.stderr)")
        let json = try cli.run(["alerts", "--db", db, "--json"])
        #expect(json.status == 0)
        #expect(try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]).isEmpty)
    }
}
