import Foundation
import PilotKit
import PilotdeckTestSupport
import Testing

private let stageOrder = ["intake", "validation", "micro", "controlled", "expansion", "general"]

private func stage(after stage: String, by offset: Int) -> String? {
    guard let index = stageOrder.firstIndex(of: stage), stageOrder.indices.contains(index + offset) else { return nil }
    return stageOrder[index + offset]
}

@Suite("CLI: gates, decisions and the kill switch")
struct GateCLITests {
    @Test("a ready pilot passes its gate, a go moves it to the next stage, and the decision is audited")
    func readyGo() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let (status, readiness) = try demo.gate(pilot)
        #expect(status == 0)
        #expect(readiness["ready"] as? Bool == true)
        #expect(readiness["blocked"] as? Bool == false)
        let criteria = try demo.criteria(readiness)
        #expect(criteria.count >= 8)
        for criterion in criteria {
            #expect(criterion["name"] is String && criterion["detail"] is String, "\(criterion)")
            #expect(["met", "waived"].contains(criterion["status"] as? String), "\(criterion)")
        }
        for name in ["tool vetting", "tool hosting", "organization accounts", "open incidents", "sign-offs"] {
            #expect(try demo.criterion(name, of: readiness)["status"] as? String == "met")
        }
        let text = try demo.run(["gate", "--pilot", pilot])
        #expect(text.status == 0 && text.stdout.contains("READY") && !text.stdout.contains("NOT READY"))

        let from = try #require(readiness["from"] as? String)
        let to = try #require(readiness["to"] as? String)
        #expect(stage(after: from, by: 1) == to)
        #expect(try demo.summary(pilot)["stage"] as? String == from)
        let leader = try demo.login(roles: ["leadership"])
        let before = try demo.auditLog(pilot: pilot).count
        let go = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--rationale", "all targets met"], as: leader)
        #expect(go.status == 0, "\(go.stderr)")
        #expect(!go.stdout.contains("OVERRIDE"))
        let moved = try demo.summary(pilot)
        #expect(moved["stage"] as? String == to)
        #expect(moved["status"] as? String == "active")
        #expect(try demo.auditLog(pilot: pilot).count > before)
        let decision = try #require(try demo.decisions(of: pilot).first)
        #expect(decision["kind"] as? String == "go")
        #expect(decision["decidedBy"] as? String == leader)
        #expect(decision["fromStage"] as? String == from && decision["toStage"] as? String == to)
        #expect(decision["isOverride"] as? Bool == false)
        // The frozen evidence snapshot is the readiness as it was at the moment of deciding.
        let evidence = try #require(decision["evidence"] as? String)
        #expect(evidence.contains("\"ready\":true") && evidence.contains("sign-offs"))
        // The sign-offs were used up by this gate: the next gate starts without them.
        let next = try demo.gate(pilot)
        #expect(next.status != 0)
        #expect(try demo.criterion("sign-offs", of: next.readiness)["status"] as? String == "unmet")
        try demo.expectIntact()
    }

    @Test("a reviewer's approval and dissent appear in the gate's sign-offs; a clinician cannot sign off")
    func signOff() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        try #require(try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--rationale", "ready"], as: try demo.login(roles: ["leadership"])).status == 0)
        // After the go, the new gate lacks every sign-off; pick a reviewer of a missing discipline.
        let before = try demo.criterion("sign-offs", of: try demo.gate(pilot).readiness)
        let detail = try #require(before["detail"] as? String)
        let reviewers = try demo.people().filter { ($0["roles"] as? [String]) == ["reviewer"] }
        let reviewer = try #require(reviewers.first { detail.contains($0["discipline"] as? String ?? "?") }, "\(detail)")
        let login = try #require(reviewer["login"] as? String)
        let discipline = try #require(reviewer["discipline"] as? String)
        #expect(!detail.contains(login))

        let signed = try demo.run(["signoff", "--pilot", pilot, "--approve", "--note", "pen test repeated"], as: login)
        #expect(signed.status == 0, "\(signed.stderr)")
        #expect(signed.stdout.contains(login) && signed.stdout.contains("approved"))
        let after = try #require(try demo.criterion("sign-offs", of: try demo.gate(pilot).readiness)["detail"] as? String)
        #expect(after.contains("\(discipline): \(login)"), "\(after)")
        let stillMissing = after.split(separator: ";").first { $0.contains("missing") }.map(String.init) ?? ""
        #expect(!stillMissing.contains(discipline), "\(after)")

        let other = try #require(reviewers.first { $0["login"] as? String != login }?["login"] as? String)
        #expect(try demo.run(["signoff", "--pilot", pilot, "--dissent", "--note", "want more data"], as: other).status == 0)
        let withDissent = try #require(try demo.criterion("sign-offs", of: try demo.gate(pilot).readiness)["detail"] as? String)
        #expect(withDissent.contains("dissent by \(other)"), "\(withDissent)")

        let count = try demo.auditCount()
        let clinician = try demo.run(["signoff", "--pilot", pilot, "--approve"], as: try demo.login(roles: ["clinician"]))
        #expect(clinician.status == 1)
        #expect(clinician.stderr.contains("reviewer"))
        #expect(try demo.auditCount() == count)
        try demo.expectIntact()
    }

    @Test("a go on a gate with an unmet criterion is refused naming it; leadership's override passes and is recorded")
    func unmetAndOverride() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.unmetPilot
        let (status, readiness) = try demo.gate(pilot)
        #expect(status == 2)
        #expect(readiness["ready"] as? Bool == false)
        #expect(readiness["blocked"] as? Bool == false)
        let unmet = try demo.criteria(readiness).filter { !["met", "waived"].contains($0["status"] as? String) }
        #expect(unmet.count == 1)
        let name = try #require(unmet.first?["name"] as? String)
        let stageBefore = try #require(try demo.summary(pilot)["stage"] as? String)
        let count = try demo.auditCount()

        let leader = try demo.login(roles: ["leadership"])
        let refused = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--rationale", "looks fine"], as: leader)
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(refused.stderr.contains(name), "\(refused.stderr)")
        #expect(refused.stderr.contains("--override"))
        let withConditions = try demo.run(
            ["decide", "--pilot", pilot, "--decision", "go-with-conditions", "--rationale", "r", "--conditions", "weekly review"], as: leader)
        #expect(withConditions.status == 1 && withConditions.stderr.contains(name))
        #expect(try demo.auditCount() == count)
        #expect(try demo.summary(pilot)["stage"] as? String == stageBefore)

        // Only leadership may override; a lead of the pilot is refused and nothing changes.
        let owner = try #require(try demo.summary(pilot)["owner"] as? String)
        let byLead = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", "push"], as: owner)
        #expect(byLead.status == 1)
        #expect(byLead.stderr.contains("leadership"), "\(byLead.stderr)")
        // An override needs a rationale.
        let blank = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", " "], as: leader)
        #expect(blank.status == 1 && blank.stderr.contains("rationale"))
        #expect(try demo.auditCount() == count)

        let override = try demo.run(
            ["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", "within measurement noise"], as: leader)
        #expect(override.status == 0, "\(override.stderr)")
        #expect(override.stdout.contains("OVERRIDE"))
        #expect(try demo.summary(pilot)["stage"] as? String == stage(after: stageBefore, by: 1))
        let decision = try #require(try demo.decisions(of: pilot).first)
        #expect(decision["isOverride"] as? Bool == true)
        #expect(decision["decidedBy"] as? String == leader)
        #expect(decision["rationale"] as? String == "within measurement noise")
        #expect((decision["evidence"] as? String)?.contains(name) == true)
        try demo.expectIntact()
    }

    @Test("a clinician's decision is refused naming the roles that may decide; a lead is refused where the playbook wants leadership")
    func whoMayDecide() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let clinician = try demo.login(roles: ["clinician"])
        let count = try demo.auditCount()
        for kind in ["go", "hold", "stop"] {
            let result = try demo.run(["decide", "--pilot", pilot, "--decision", kind, "--rationale", "I think so"], as: clinician)
            #expect(result.status == 1)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains("permission denied") && result.stderr.contains(clinician))
            for role in try demo.decidedBy(pilot) { #expect(result.stderr.contains(role), "\(result.stderr)") }
        }
        #expect(try demo.auditCount() == count)
        #expect(try demo.summary(pilot)["status"] as? String == "active")

        // Per playbook: where only leadership decides, the pilot's own lead is refused too.
        let pilots = try demo.pilots().filter { $0["status"] as? String == "active" }
        var leadershipOnly: (key: String, owner: String)?
        for candidate in pilots {
            let key = try #require(candidate["key"] as? String)
            if try demo.decidedBy(key) == ["leadership"], let owner = candidate["owner"] as? String {
                leadershipOnly = (key, owner)
                break
            }
        }
        let (key, owner) = try #require(leadershipOnly, "the demo has no active pilot whose playbook lets only leadership decide")
        let byLead = try demo.run(["decide", "--pilot", key, "--decision", "hold", "--rationale", "wait"], as: owner)
        #expect(byLead.status == 1)
        #expect(byLead.stderr.contains("leadership"), "\(byLead.stderr)")
        #expect(try demo.auditCount() == count)
    }

    @Test("a critical incident pauses the pilot and blocks its gate, even against an override, until closed and resumed")
    func killSwitch() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let owner = try #require(try demo.summary(pilot)["owner"] as? String)
        let leader = try demo.login(roles: ["leadership"])
        #expect(try demo.gate(pilot).status == 0)

        let opened = try demo.run(
            ["incident", "open", "--pilot", pilot, "--severity", "critical", "--kind", "data-breach", "--summary", "draft sent to the wrong inbox"],
            as: owner)
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.contains("paused"))
        #expect(opened.stdout.contains("[ ] 1."), "the action plan checklist is shown")
        let number = try #require(opened.stdout.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        let id = String(number)
        let paused = try demo.summary(pilot)
        #expect(paused["status"] as? String == "paused")
        #expect((paused["statusReason"] as? String)?.contains("#\(id)") == true)

        let (status, readiness) = try demo.gate(pilot)
        #expect(status != 0)
        #expect(readiness["blocked"] as? Bool == true)
        #expect(readiness["ready"] as? Bool == false)
        #expect(try demo.criterion("open incidents", of: readiness)["status"] as? String == "unmet")
        #expect(try demo.run(["gate", "--pilot", pilot]).stdout.contains("BLOCKED"))

        let count = try demo.auditCount()
        let forced = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", "ship it"], as: leader)
        #expect(forced.status == 1)
        #expect(forced.stderr.contains("even with an override"), "\(forced.stderr)")
        #expect(!forced.stderr.contains("may pass it"), "a blocked gate offers no override: \(forced.stderr)")
        let early = try demo.run(["pilot", "resume", pilot, "--rationale", "seems fine"], as: owner)
        #expect(early.status == 1)
        #expect(early.stderr.contains("close it first with `pilotdeck incident close \(id)`"), "\(early.stderr)")
        #expect(try demo.auditCount() == count)

        let closed = try demo.run(["incident", "close", id, "--note", "wrong recipient ruled out"], as: owner)
        #expect(closed.status == 0, "\(closed.stderr)")
        // Closing alone does not reopen the gate: a lead must resume with a rationale.
        #expect(try demo.gate(pilot).readiness["blocked"] as? Bool == true)
        let clinician = try demo.run(["pilot", "resume", pilot, "--rationale", "fine"], as: try demo.login(roles: ["clinician"]))
        #expect(clinician.status == 1)
        let resumed = try demo.run(["pilot", "resume", pilot, "--rationale", "breach ruled out by privacy office"], as: owner)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try demo.summary(pilot)["status"] as? String == "active")
        let again = try demo.gate(pilot)
        #expect(again.status == 0)
        #expect(again.readiness["ready"] as? Bool == true)
        try demo.expectIntact()
    }

    @Test("a model or version change flags the tool's pilots in general use for revalidation, and no others")
    func revalidation() throws {
        let demo = try DemoCopy()
        let unflagged: ([String: Any]) -> Bool = { $0["needsRevalidation"] as? Bool == false }
        var general = try demo.pilots().first { $0["stage"] as? String == "general" && unflagged($0) }
        if general == nil {
            // Every pilot in general use is flagged already: bring one from wave expansion there.
            let candidate = try #require(
                try demo.pilots().first { $0["stage"] as? String == "expansion" && $0["status"] as? String == "active" && unflagged($0) },
                "the demo has no unflagged pilot in or next to general use")
            let key = try #require(candidate["key"] as? String)
            let go = try demo.run(
                ["decide", "--pilot", key, "--decision", "go", "--override", "--rationale", "test setup"], as: try demo.login(roles: ["leadership"]))
            try #require(go.status == 0, "\(go.stderr)")
            general = try demo.summary(key)
        }
        let pilots = try demo.pilots()
        let key = try #require(general?["key"] as? String)
        let tool = try #require(general?["tool"] as? String)
        #expect(try demo.summary(key)["stage"] as? String == "general")
        let lead = try demo.login(roles: ["lead"])
        let before = Dictionary(uniqueKeysWithValues: pilots.map { ($0["key"] as! String, $0["needsRevalidation"] as! Bool) })

        let clinician = try demo.run(["tool", "update", tool, "--version", "99.1"], as: try demo.login(roles: ["clinician"]))
        #expect(clinician.status == 1)
        #expect(try demo.summary(key)["needsRevalidation"] as? Bool == false)

        let updated = try demo.run(["tool", "update", tool, "--version", "99.1"], as: lead)
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("\(key) is in general use and now needs revalidation"))
        let after = try demo.pilots()
        for pilot in after {
            let name = pilot["key"] as! String
            let flagged = pilot["needsRevalidation"] as! Bool
            if pilot["tool"] as? String == tool && pilot["stage"] as? String == "general" {
                #expect(flagged, "\(name)")
            } else {
                #expect(flagged == before[name], "\(name) changed")
            }
        }
        // The same version again is no change and flags nothing new.
        let same = try demo.run(["tool", "update", tool, "--version", "99.1"], as: lead)
        #expect(same.status == 0 && !same.stdout.contains("revalidation"))
        try demo.expectIntact()
    }

    @Test("hold sets a review date, rollback moves back a stage, stop retires for good")
    func holdRollbackStop() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.readyPilot
        let leader = try demo.login(roles: ["leadership"])
        let start = try demo.summary(pilot)
        let stageBefore = try #require(start["stage"] as? String)

        let hold = try demo.run(
            ["decide", "--pilot", pilot, "--decision", "hold", "--rationale", "wait for winter data", "--review-on", "2031-01-15"], as: leader)
        #expect(hold.status == 0, "\(hold.stderr)")
        let held = try demo.summary(pilot)
        #expect(held["stage"] as? String == stageBefore && held["status"] as? String == "active")
        // `pilot show --json` does not carry the review date; the audited pilot row does.
        let update = try #require(try demo.auditLog(pilot: pilot).first { $0["entity"] as? String == "pilot" })
        #expect((update["after"] as? String)?.contains("\"nextReviewOn\":\"2031-01-15\"") == true, "\(update)")
        #expect(try demo.decisions(of: pilot).first?["kind"] as? String == "hold")
        let badDay = try demo.run(["decide", "--pilot", pilot, "--decision", "hold", "--rationale", "r", "--review-on", "15/01/2031"], as: leader)
        #expect(badDay.status != 0 && badDay.stderr.contains("review-on"))

        let rollback = try demo.run(["decide", "--pilot", pilot, "--decision", "rollback", "--rationale", "error rate rose"], as: leader)
        #expect(rollback.status == 0, "\(rollback.stderr)")
        let rolled = try demo.summary(pilot)
        #expect(rolled["stage"] as? String == stage(after: stageBefore, by: -1))
        #expect(rolled["status"] as? String == "rolled-back")

        let stop = try demo.run(["decide", "--pilot", pilot, "--decision", "stop", "--rationale", "vendor leaves the market"], as: leader)
        #expect(stop.status == 0, "\(stop.stderr)")
        let stopped = try demo.summary(pilot)
        #expect(stopped["status"] as? String == "retired")
        #expect(stopped["stage"] as? String == stage(after: stageBefore, by: -1))
        let count = try demo.auditCount()
        let afterStop = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", "revive"], as: leader)
        #expect(afterStop.status == 1 && afterStop.stderr.contains("retired"))
        #expect(try demo.auditCount() == count)
        #expect(try demo.decisions(of: pilot).prefix(3).map { $0["kind"] as? String } == ["stop", "rollback", "hold"])
        try demo.expectIntact()
    }

    @Test("the paused demo pilot's gate is blocked and no decision can push it through")
    func pausedDemoPilot() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.pausedPilot
        #expect(try demo.summary(pilot)["status"] as? String == "paused")
        let (status, readiness) = try demo.gate(pilot)
        #expect(status == 2)
        #expect(readiness["blocked"] as? Bool == true)
        let count = try demo.auditCount()
        let forced = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--override", "--rationale", "x"], as: try demo.login(roles: ["leadership"]))
        #expect(forced.status == 1)
        #expect(try demo.auditCount() == count)
        try demo.expectIntact()
    }

    @Test("the inconclusive demo pilot's gate names the metric its interval cannot decide and how many more samples would; a go is refused naming it")
    func inconclusiveDemoPilot() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.inconclusivePilot
        let (status, readiness) = try demo.gate(pilot)
        #expect(status == 2)
        #expect(readiness["ready"] as? Bool == false)
        #expect(readiness["blocked"] as? Bool == false)
        let undecided = try demo.criteria(readiness).filter { $0["status"] as? String == "inconclusive" }
        #expect(undecided.count == 1)
        let name = try #require(undecided.first?["name"] as? String)
        let detail = try #require(undecided.first?["detail"] as? String)
        #expect(name.hasPrefix("metric "))
        #expect(detail.contains("(95% ") && detail.contains("difference 95% "), "\(detail)")
        #expect(detail.range(of: #"inconclusive: about \d+ more samples$"#, options: .regularExpression) != nil, "\(detail)")

        let text = try demo.run(["gate", "--pilot", pilot])
        #expect(text.stdout.contains("[~] \(name): "), "\(text.stdout)")

        let summaries = try #require(try demo.json(["metric", "summary", "--pilot", pilot]) as? [[String: Any]])
        let line = try #require(summaries.first { "metric \($0["metric"] as? String ?? "")" == name })
        #expect(line["status"] as? String == "inconclusive")
        #expect(line["needed_n"] is Int && line["sd"] is Double)

        let count = try demo.auditCount()
        let refused = try demo.run(["decide", "--pilot", pilot, "--decision", "go", "--rationale", "close enough"], as: try demo.login(roles: ["leadership"]))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains(name), "\(refused.stderr)")
        #expect(try demo.auditCount() == count)
    }

    @Test("the demo's pilot in general use is overdue for its review: gate says since when and exits 2; review-continue records the review and sets the next date; it is refused on a pilot not in general use")
    func overdueReview() throws {
        let demo = try DemoCopy()
        let pilot = demo.seeded.overduePilot
        let lead = try demo.login(roles: ["lead"])
        let overdue = try demo.run(["gate", "--pilot", pilot])
        #expect(overdue.status == 2 && overdue.stdout.contains("review overdue since ") && overdue.stdout.contains("REVIEW OVERDUE"), "\(overdue.stdout)")
        let count = try demo.auditCount()
        let wrong = try demo.run(["decide", "--pilot", demo.seeded.readyPilot, "--decision", "review-continue", "--rationale", "x"], as: lead)
        #expect(wrong.status == 1 && wrong.stderr.hasPrefix("pilotdeck: decision: review-continue records the review of a pilot in general use"), "\(wrong.stderr)")
        #expect(try demo.auditCount() == count)
        let reviewed = try demo.run(["decide", "--pilot", pilot, "--decision", "review-continue", "--rationale", "Accuracy holds; weekly use up"], as: lead)
        #expect(reviewed.status == 0, "\(reviewed.stderr)")
        let after = try demo.run(["gate", "--pilot", pilot])
        let today = Day(Date())
        #expect(after.status == 0 && after.stdout.contains("last reviewed \(today)") && after.stdout.contains("IN GENERAL USE (review not due"), "\(after.stdout)")
        #expect(try demo.summary(pilot)["stage"] as? String == "general")
        try demo.expectIntact()
    }
}
