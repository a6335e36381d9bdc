import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Oversight queue", .serialized)
struct OversightQueueTests {
    /// Its own demo: the golden suite uses the shared one's runtime.
    static let demo = try! DemoFixture()
    var fixture: DemoFixture { Self.demo }

    /// The pilots whose gate readiness names `discipline` among the missing sign-offs.
    func waitingFor(_ discipline: Discipline?) throws -> Set<String> {
        var keys = Set<String>()
        for pilot in try fixture.database.pilots() where pilot.status != .retired {
            let readiness = try fixture.database.readiness(of: pilot.key, today: DemoFixture.today)
            guard let signOffs = readiness.criteria.first(where: { $0.name == "sign-offs" }), signOffs.status != .met,
                let missing = signOffs.detail.split(separator: ";").first(where: { $0.contains("missing") })
            else { continue }
            if discipline.map({ missing.contains($0.rawValue) }) ?? true { keys.insert(pilot.key) }
        }
        return keys
    }

    func queue(for user: Person) -> Set<String> {
        var state = AppState(session: Session(user: user, databaseName: "demo", isReadOnly: false, isDemo: true), size: Size(width: 120, height: 40))
        fixture.runtime.run([.load(.oversight)], on: &state)
        return Set(state.oversight.filter { $0.kind == .signGate }.map(\.target))
    }

    @Test("a reviewer sees the gates waiting for their discipline, and only those")
    func reviewerSeesTheirDiscipline() throws {
        let reviewers = try fixture.database.people().filter { $0.has(.reviewer) && $0.discipline != nil }
        for discipline in Discipline.allCases {
            let reviewer = try #require(reviewers.first { $0.discipline == discipline }, "no \(discipline) reviewer in the demo")
            #expect(queue(for: reviewer) == (try waitingFor(discipline)), "\(discipline)")
        }
        #expect(Discipline.allCases.contains { !((try? waitingFor($0)) ?? []).isEmpty })
    }

    @Test("someone who does not review sees every gate waiting for a sign-off")
    func othersSeeAll() throws {
        let lead = try #require(try fixture.database.people().first { $0.has(.lead) && !$0.has(.reviewer) })
        #expect(queue(for: lead) == (try waitingFor(nil)))
        #expect(!queue(for: lead).isEmpty)
    }
}
