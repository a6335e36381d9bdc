import Foundation
import PilotKit
import Testing

/// The playbooks in the repository's `Pilots/` folder, found from this file's place in `Tests/`.
@Suite("Shipped playbooks")
struct ShippedPlaybookTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Pilots")

    @Test func allLoad() throws {
        let keys = try Playbook.loadAll(in: Self.folder).map(\.key)
        #expect(Set(["ambient-scribe", "discharge-summary", "inbox-reply", "staff-chat", "radiology-impression"]).isSubset(of: keys))
    }

    @Test func eachCarriesAnActionPlanWithBreachClocksAndThreeToSixRisks() throws {
        for playbook in try Playbook.loadAll(in: Self.folder) {
            #expect((3...6).contains(playbook.starterRisks.count), "\(playbook.key)")
            #expect(playbook.actionPlan.contains { $0.clockHours == 1440 && $0.applies(to: .dataBreach) }, "\(playbook.key)")
        }
    }

    @Test func ambientScribeWidensScopeStageByStage() throws {
        let playbook = try Playbook.load(contentsOf: Self.folder.appendingPathComponent("ambient-scribe.yaml"))
        #expect(playbook.stages.map(\.cohortCap) == [0, 5, 50, 250, 1000, 10000])
        #expect(playbook.plan(for: .validation).domains == [ScopeEntry(domainKey: "encounter-audio", access: .read)])
        #expect(playbook.plan(for: .micro).domains.contains(ScopeEntry(domainKey: "progress-notes", access: .generate)))
        #expect(playbook.plan(for: .expansion).domains.contains(ScopeEntry(domainKey: "ed-encounter-audio", access: .read)))
        #expect(!playbook.plan(for: .validation).gate.signoffs.contains(.patientAdvocate))
        #expect(playbook.plan(for: .micro).gate.signoffs.contains(.patientAdvocate))
        #expect(playbook.headlineMetric?.target == .percentVsBaseline(-15))
    }

    @Test func staffChatNeverTouchesPatientData() throws {
        let playbook = try Playbook.load(contentsOf: Self.folder.appendingPathComponent("staff-chat.yaml"))
        let sensitivity = Dictionary(uniqueKeysWithValues: DataDomain.defaultCatalogue.map { ($0.key, $0.sensitivity) })
        let domains = playbook.stages.flatMap(\.domains).map(\.domainKey)
        #expect(!domains.isEmpty)
        #expect(domains.allSatisfy { sensitivity[$0] == .low })
    }
}
