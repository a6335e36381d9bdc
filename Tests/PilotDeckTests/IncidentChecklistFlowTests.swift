import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Incident action plans in the dashboard", .serialized)
struct IncidentChecklistFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    /// The open incident of the paused pilot, selected on its Incidents tab.
    func openIncident(_ state: inout AppState) throws -> Incident {
        let paused = try #require(state.pilots.first { $0.status == .paused })
        fixture.press([.char(":")] + "pilot \(paused.key)".map { .char($0) } + [.enter], on: &state)
        state.tab = .incidents
        let detail = try #require(state.detail)
        let index = try #require(detail.incidents.firstIndex { !$0.status.isResolved })
        state.tabCursors[.incidents] = ListCursor(selection: index, count: detail.incidents.count)
        return detail.incidents[index]
    }

    /// Steps past their clock, by number, with how long they are overdue at the fixture's noon.
    func overdue(_ incident: Incident, _ detail: PilotDetail) -> [Int: String] {
        var steps: [Int: String] = [:]
        for (index, step) in detail.playbook.actionPlan.enumerated() {
            steps[index + 1] = step.overdue(number: index + 1, of: incident, now: detail.readAt)
        }
        return steps
    }

    @Test("steps past their clock are marked overdue with how long, on the tab and in the form")
    func overdueSteps() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let incident = try openIncident(&state)
        let detail = try #require(state.detail)
        let late = overdue(incident, detail)
        #expect(!late.isEmpty, "the demo's open incident has a step past its clock")
        for (number, text) in late {
            #expect(!incident.stepsDone.contains(number))
            #expect(text.hasPrefix("overdue ") && (text.hasSuffix(" d") || text.hasSuffix(" h") || text.hasSuffix(" min")))
        }
        let tab = DeckView.render(state, theme: .mono).lines()
        for (number, text) in late {
            #expect(tab.contains { $0.contains("] \(number). ") && $0.hasSuffix(text) }, "step \(number): \(tab.joined(separator: "\n"))")
        }
        #expect(!tab.contains { $0.contains("[x]") && $0.contains("overdue") }, "a done step is never overdue")

        fixture.press([.enter], on: &state)
        let form = DeckView.render(state, theme: .mono).lines()
        for (number, text) in late {
            #expect(form.contains { $0.contains("[ ] \(number). ") && $0.contains(text) }, "step \(number) in the form")
        }
    }

    @Test("whoever may not update the incident reads its plan with the same overdue marks")
    func readerShowsOverdue() throws {
        let clinician = try #require(try fixture.database.people().first { $0.roles == [.clinician] })
        var state = fixture.runtime.start(
            session: Session(user: clinician, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true),
            size: Size(width: 120, height: 40), playbookKeys: [])
        let incident = try openIncident(&state)
        let late = overdue(incident, try #require(state.detail))
        #expect(!late.isEmpty)
        fixture.press([.enter], on: &state)
        guard case .reader(let panel) = state.overlay else { Issue.record("no reader: \(String(describing: state.overlay))"); return }
        let lines = panel.text.split(separator: "\n")
        for (number, text) in late {
            #expect(lines.contains { $0.hasPrefix("[ ] \(number). ") && $0.hasSuffix(", \(text)") }, "step \(number): \(panel.text)")
        }
    }

    @Test("steps are ticked with Space in the checklist; steps done before stay ticked")
    func tickWithSpace() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let incident = try openIncident(&state)
        let next = try #require((1...state.detail!.playbook.actionPlan.count).first { !incident.stepsDone.contains($0) })
        fixture.press([.enter, .tab], on: &state)
        guard case .form(let opened) = state.overlay else { Issue.record("no incident form"); return }
        #expect(opened.form.focusedField?.id == .step)
        #expect(opened.form[.step]?.value == incident.stepsDone.map(String.init).joined(separator: " "))
        // Space on a step done before changes nothing; on the first open one it ticks it.
        fixture.press([.char(" ")] + Array(repeating: .down, count: next - 1) + [.char(" ")], on: &state)
        guard case .form(let ticked) = state.overlay else { Issue.record("form lost"); return }
        #expect(ticked.form[.step]?.value == (incident.stepsDone + [next]).sorted().map(String.init).joined(separator: " "))
        fixture.press([.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        #expect(try fixture.database.incident(incident.id!).stepsDone == (incident.stepsDone + [next]).sorted())
        #expect(try fixture.database.verifyAudit().isIntact)
    }
}
