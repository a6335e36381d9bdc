import Foundation
import PilotDemo
import PilotKit
import PilotStore
import Testing

@Suite("Demo scale")
struct DemoScaleTests {
    @Test("a generated scale lands its exact totals and stays intact")
    func generated() throws {
        let scale = DemoScale(pilots: 40, people: 160, measurements: 12_000, feedback: 1_500)
        let seed = try DemoSeed(scale: scale)
        defer { DemoSeed.discard(seed.database) }
        #expect(seed.summary.pilots == 40)
        #expect(seed.summary.people == 160)
        #expect(seed.summary.measurements == 12_000)
        #expect(seed.summary.feedback == 1_500)
        let pilots = try seed.database.pilots()
        #expect(pilots.count == 40)
        #expect(try seed.database.people().count == 160)
        let generated = pilots.filter { $0.key.last?.isNumber == true }
        #expect(Set(generated.map(\.stage)) == Set(Stage.allCases))
        #expect(Set(generated.map(\.status)) == Set(PilotStatus.allCases))
        #expect(try seed.database.verifyAudit().isIntact)
    }

    @Test("a scale below the scripted hospital, or with too few measurements, is refused before anything is written")
    func refusals() throws {
        let playbooks = try DemoSeed.playbooks.get()
        for scale in [DemoScale(pilots: 3, people: 200), DemoScale(pilots: 20, people: 20), DemoScale(pilots: 20, people: 200, measurements: 100)] {
            let database = try DemoSeed.emptyDatabase()
            defer { DemoSeed.discard(database) }
            #expect(throws: FieldError.self) {
                try DemoHospital.seed(into: database, admin: "root", playbooks: playbooks, today: DemoSeed.today, scale: scale)
            }
            #expect(try database.auditCount() == 0)
        }
    }

    @Test("a missing playbook is refused by name before anything is written")
    func missingPlaybook() throws {
        let playbooks = try DemoSeed.playbooks.get().filter { $0.key != "staff-chat" }
        let database = try DemoSeed.emptyDatabase()
        defer { DemoSeed.discard(database) }
        let refusal = #expect(throws: FieldError.self) {
            try DemoHospital.seed(into: database, admin: "root", playbooks: playbooks, today: DemoSeed.today)
        }
        #expect(refusal?.message.contains("staff-chat") == true)
        #expect(try database.auditCount() == 0)
    }
}
