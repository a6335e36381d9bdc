import Foundation
import PilotDemo
import PilotKit
import PilotStore
import PilotdeckTestSupport
import Testing

@Suite("Demo hospital")
struct DemoHospitalTests {
    @Test("hires 40+ people covering every role and discipline, with the admin holding every role")
    func people() throws {
        let seed = try DemoSeed.standard.get()
        let people = try seed.database.people()
        #expect(people.count >= 40)
        #expect(people.count == seed.summary.people)
        let staff = people.filter { $0.login != "root" }
        for role in Role.allCases {
            #expect(staff.contains { $0.has(role) }, "no one but the admin is \(role.rawValue)")
        }
        #expect(Set(staff.compactMap(\.discipline)) == Set(Discipline.allCases))
        let admin = try seed.database.person("root")
        #expect(Set(admin.roles) == Set(Role.allCases))
        #expect(admin.discipline == .clinical)
        #expect(people.allSatisfy { $0.email.hasSuffix("@\(DemoHospital.organizationDomain)") })
        #expect(Set(people.map(\.department)).count >= 10)
        #expect(people.contains { $0.name == "Dr. Íñigo Yáñez" } && people.contains { $0.name == "Helga Müller, RN" })
        #expect(try seed.database.isDemo())
    }

    @Test("pilots on every playbook cover every stage and every side state")
    func stages() throws {
        let seed = try DemoSeed.standard.get()
        let pilots = try seed.database.pilots()
        #expect(pilots.count >= 8)
        #expect(Set(pilots.map(\.stage)) == Set(Stage.allCases))
        #expect(Set(pilots.map(\.status)) == Set(PilotStatus.allCases))
        #expect(Set(pilots.map(\.playbook)) == Set(try DemoSeed.playbooks.get().map(\.key)))
    }

    @Test("every stage was reached through recorded decisions carrying sign-offs and frozen evidence")
    func history() throws {
        let seed = try DemoSeed.standard.get()
        var kinds: Set<DecisionKind> = []
        var overrides = 0
        for pilot in try seed.database.pilots() {
            let decisions = try seed.database.decisions(of: pilot.id!)
            let signOffs = try seed.database.signOffs(of: pilot.id!)
            var stage = Stage.intake
            for decision in decisions {
                #expect(decision.fromStage == stage, "\(pilot.key) decision \(decision.id ?? 0) starts elsewhere")
                stage = decision.toStage
                kinds.insert(decision.kind)
                let evidence = try JSONDecoder().decode(GateReadiness.self, from: Data(decision.evidence.utf8))
                #expect(evidence.from == decision.fromStage)
                #expect(Day(decision.decidedAt).ordinal % 7 == 1, "\(pilot.key) decided on a day other than a Friday")
                if decision.kind.advances {
                    #expect(evidence.ready != decision.isOverride, "\(pilot.key) went ahead unready without an override")
                    #expect(signOffs.contains { $0.decisionID == decision.id && $0.verdict == .approve })
                }
                if decision.isOverride { overrides += 1 }
            }
            #expect(stage == pilot.stage, "\(pilot.key) is at \(pilot.stage) but its decisions lead to \(stage)")
        }
        // No review yet: the demo's pilot in general use is left overdue for one, for its user to record.
        #expect(kinds == Set(DecisionKind.allCases).subtracting([.reviewContinue]))
        #expect(overrides == 1)
    }

    @Test("the paused pilot has an open high-severity incident, raised from feedback, and every gate is blocked")
    func paused() throws {
        let seed = try DemoSeed.standard.get()
        let pilot = try seed.database.pilot(seed.summary.pausedPilot)
        #expect(pilot.status == .paused)
        let blocking = try seed.database.incidents(of: pilot.id!).filter { $0.severity.pausesPilot && !$0.status.isResolved }
        #expect(blocking.count == 1)
        #expect(blocking.first?.feedbackID != nil)
        #expect(try seed.database.incidentEvents(blocking.first!.id!).count >= 2)
        let readiness = try seed.readiness(pilot.key)
        #expect(readiness.blocked)
        #expect(!readiness.ready)
        #expect(readiness.unmet.map(\.name).contains("open incidents"))
    }

    @Test("the ready pilot meets every criterion of its next gate, sign-offs included")
    func ready() throws {
        let seed = try DemoSeed.standard.get()
        let readiness = try seed.readiness(seed.summary.readyPilot)
        #expect(readiness.ready, "unmet: \(readiness.unmet.map(\.name))")
        #expect(readiness.to != nil)
        #expect(readiness.criteria.contains { $0.name == "sign-offs" && $0.status == .met })
        #expect(readiness.criteria.filter { $0.name.hasPrefix("metric ") }.count >= 3)
    }

    @Test("the unmet pilot's next gate names exactly one unmet criterion: a metric off target")
    func unmet() throws {
        let seed = try DemoSeed.standard.get()
        let readiness = try seed.readiness(seed.summary.unmetPilot)
        #expect(!readiness.blocked)
        #expect(readiness.unmet.map(\.name) == ["metric empathy"])
        #expect(readiness.unmet.first?.status == .unmet)
    }

    @Test("the audit log verifies intact and holds every write")
    func audit() throws {
        let seed = try DemoSeed.standard.get()
        let report = try seed.database.verifyAudit()
        #expect(report.isIntact, "\(report.brokenReason ?? "") \(report.rowProblems.prefix(3))")
        #expect(report.entries == Int64(seed.summary.auditEntries))
    }

    @Test("the summary counts what the database holds")
    func counts() throws {
        let seed = try DemoSeed.standard.get()
        let database = seed.database
        let ids = try seed.pilotIDs()
        let summary = seed.summary
        #expect(summary.pilots == ids.count)
        #expect(summary.tools == (try database.tools().count))
        #expect(summary.participants == (try ids.reduce(0) { $0 + (try database.participants(of: $1).count) }))
        #expect(summary.measurements == (try ids.reduce(0) { $0 + (try database.measurements(of: $1, limit: .max).count) }))
        #expect(summary.feedback == (try ids.reduce(0) { $0 + (try database.feedbackCount(of: $1)) }))
        #expect(summary.risks == (try ids.reduce(0) { $0 + (try database.risks(of: $1).count) }))
        #expect(summary.incidents == (try database.incidents().count))
        #expect(summary.decisions == (try ids.reduce(0) { $0 + (try database.decisions(of: $1).count) }))
        #expect(summary.signOffs == (try ids.reduce(0) { $0 + (try database.signOffs(of: $1).count) }))
        #expect(summary.measurements > 500 && summary.feedback > 80)
    }

    @Test("tools cover every hosting; rule 1 fails on the vendor without a no-training clause and the consumer service")
    func tools() throws {
        let seed = try DemoSeed.standard.get()
        let tools = try seed.database.tools()
        #expect(Set(tools.map(\.hosting)) == Set(Hosting.allCases))
        #expect(tools.filter { $0.hosting == .publicConsumer }.allSatisfy { $0.vetting == .rejected })
        #expect(tools.contains { $0.hosting == .vendorSaaS && !$0.noTrainingClause })
        for tool in tools {
            #expect(!(try seed.database.toolReviews(tool.key)).isEmpty, "\(tool.key) was never vetted")
        }
        let onUntrainedVendor = try seed.database.pilots().first { pilot in
            tools.contains { $0.key == pilot.toolKey && $0.hosting == .vendorSaaS && !$0.noTrainingClause }
        }
        let readiness = try seed.readiness(try #require(onUntrainedVendor).key)
        #expect(readiness.unmet.map(\.name).contains("tool contract"))
        #expect(readiness.unmet.map(\.name).contains("organization accounts"))
    }

    @Test("evidence spans the sixteen weeks before today, with baselines, varied feedback, risks and worked incidents")
    func evidence() throws {
        let seed = try DemoSeed.standard.get()
        let database = seed.database
        let first = DemoSeed.today.adding(days: -7 * 16 - 6)
        var riskStatuses: Set<RiskStatus> = []
        var categories: Set<FeedbackCategory> = []
        for id in try seed.pilotIDs() {
            let measurements = try database.measurements(of: id, limit: .max)
            #expect(measurements.allSatisfy { $0.day >= first && $0.day < DemoSeed.today && $0.n >= 1 })
            riskStatuses.formUnion(try database.risks(of: id).map(\.status))
            let feedback = try database.feedback(of: id, limit: 1000)
            #expect(feedback.allSatisfy { $0.createdAt < DemoSeed.today.date && (1...5).contains($0.rating) })
            categories.formUnion(feedback.map(\.category))
        }
        #expect(riskStatuses == Set(RiskStatus.allCases))
        #expect(categories.count >= 6)
        let ready = try database.pilot(seed.summary.readyPilot)
        let baselines = try database.measurements(of: ready.id!, limit: .max).filter(\.isBaseline)
        let needing = try database.playbook(of: ready).metrics.filter(\.target.needsBaseline).map(\.key)
        #expect(Set(baselines.map(\.metricKey)) == Set(needing))
        #expect(baselines.allSatisfy { $0.n >= 10 })
        let closed = try database.incidents().filter { $0.status == .closed }
        #expect(closed.count >= 4)
        for incident in closed {
            #expect(!incident.stepsDone.isEmpty)
            #expect(try database.incidentEvents(incident.id!).count >= 2)
        }
    }

    @Test("the same inputs give the same database")
    func deterministic() throws {
        let seed = try DemoSeed.standard.get()
        let again = try DemoSeed()
        defer { DemoSeed.discard(again.database) }
        #expect(try again.database.pilots() == seed.database.pilots())
        #expect(try again.database.people() == seed.database.people())
        #expect(try again.database.tools() == seed.database.tools())
        #expect(again.summary == seed.summary)
        if TestEngine.isSQLite {
            #expect(try again.database.auditHead() == seed.database.auditHead())
        } else {
            // Each entry carries the server's clock at its writing, so only the number of entries repeats.
            #expect(try again.database.auditCount() == seed.database.auditCount())
        }
    }

    @Test("any admin login works, even a staff member's, and the notable gates behave as promised")
    func adminLoginAndGates() throws {
        let seed = try DemoSeed(admin: "priya.raman")
        defer { DemoSeed.discard(seed.database) }
        let admin = try seed.database.person("priya.raman")
        #expect(Set(admin.roles) == Set(Role.allCases))
        let renamed = try seed.database.person("priya.raman-2")
        #expect(renamed.name == "Dr. Priya Raman")
        #expect(try seed.database.pilot("AMB-FM").ownerLogin == renamed.login)

        let ledger = try seed.ledger(admin.login)
        let (decision, pilot) = try ledger.decide(pilot: seed.summary.readyPilot, DecisionRequest(kind: .go, rationale: "Trying the demo."))
        #expect(!decision.isOverride)
        #expect(pilot.stage == decision.fromStage.next)
        let refusal = #expect(throws: GateNotReady.self) {
            try ledger.decide(pilot: seed.summary.unmetPilot, DecisionRequest(kind: .go, rationale: "Trying the demo."))
        }
        #expect(refusal?.readiness.unmet.map(\.name) == ["metric empathy"])
        #expect(try seed.database.verifyAudit().isIntact)
    }
}
