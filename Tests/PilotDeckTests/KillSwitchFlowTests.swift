import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

@Suite("Kill switch in the dashboard", .serialized)
struct KillSwitchFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    @Test("close the blocking incident from its row, then resume the paused pilot from its overview")
    func closeAndResume() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let paused = try #require(state.pilots.first { $0.status == .paused })
        fixture.press([.char(":")] + "pilot \(paused.key)".map { .char($0) } + [.enter], on: &state)
        let detail = try #require(state.detail)
        let blocking = try #require(detail.incidents.firstIndex { $0.severity.pausesPilot && !$0.status.isResolved })

        fixture.press([.char("a")] + "looks calm".map { .char($0) } + [.ctrl("s")], on: &state)
        let early = try #require(state.openForm?.error, "a resume with the incident open was not refused")
        #expect(early.hasSuffix("close incident #\(detail.incidents[blocking].id!) first (Incidents tab, Enter on it, status closed)"), "\(early)")
        fixture.press([.escape, .char("y")], on: &state)
        #expect(try fixture.database.pilot(paused.key).status == .paused)

        state.tab = .incidents
        state.tabCursors[.incidents] = ListCursor(selection: blocking, count: detail.incidents.count)
        fixture.press([.enter], on: &state)
        guard case .form(let form) = state.overlay, case .updateIncident = form.kind else { Issue.record("no incident form"); return }
        let toClosed = IncidentStatus.allCases.firstIndex(of: .closed)! - IncidentStatus.allCases.firstIndex(of: detail.incidents[blocking].status)!
        fixture.press(Array(repeating: .right, count: toClosed) + [.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        #expect(state.message?.contains("closed") == true)

        state.tab = .overview
        fixture.press([.char("a")], on: &state)
        guard case .form(let resume) = state.overlay, case .resume = resume.kind else { Issue.record("no resume form"); return }
        fixture.press("incident reviewed and closed".map { .char($0) } + [.ctrl("s")], on: &state)
        #expect(try fixture.database.pilot(paused.key).status == .active)
        #expect(try fixture.database.verifyAudit().isIntact)
    }

    @Test("Enter on a risk edits it in place, audited")
    func editRisk() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fixture.press([.enter], on: &state)
        state.tab = .risks
        let risk = try #require(state.detail?.risks.first)
        fixture.press([.enter], on: &state)
        guard case .form(var form) = state.overlay, case .editRisk = form.kind else { Issue.record("no risk form"); return }
        form.form.focus(id: .mitigation)
        state.overlay = .form(form)
        fixture.press(" Second reviewer checks every draft.".map { .char($0) } + [.ctrl("s")], on: &state)
        let stored = try #require(try fixture.database.risks(of: risk.pilotID).first { $0.id == risk.id })
        #expect(stored.mitigation.hasSuffix("Second reviewer checks every draft."))
    }
}
