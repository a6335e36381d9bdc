import Foundation
import PilotKit
import Testing
import TerminalKit
@testable import PilotDeck

/// State built by hand: no database, so each test sees exactly what the reducer does.
enum Sample {
    static let lead = Person(login: "lee", name: "Lee Lead", email: "lee@riverbend.example", department: "FM", roles: [.lead])
    static let clinician = Person(login: "cam", name: "Cam", email: "cam@riverbend.example", department: "FM", roles: [.clinician])
    static let day = try! Day(parsing: "2026-03-02", field: "day")

    static func pilot(_ id: Int64, _ key: String, _ stage: Stage, _ status: PilotStatus = .active) -> Pilot {
        Pilot(id: id, key: key, name: "Pilot \(key)", problem: "", successCriteria: "", playbook: "ambient-scribe", useCase: "Ambient scribe",
              ownerLogin: "lee", toolKey: "SCRIBE", stage: stage, status: status, startedOn: day)
    }

    static func state(as person: Person = lead, readOnly: Bool = false, size: Size = Size(width: 120, height: 40)) -> AppState {
        var state = AppState(session: Session(user: person, databaseName: "demo.sqlite", isReadOnly: readOnly, isDemo: true), size: size)
        state.pilots = [pilot(1, "AMB-ED", .micro), pilot(2, "AMB-FM", .controlled), pilot(3, "DSC-HM", .intake, .paused)]
        state.portfolioCursor.count = 3
        return state
    }
}

@Suite("Dashboard reducer")
struct ReducerTests {
    @Test("j/k and arrows move within the list and stop at its ends")
    func navigation() {
        var state = Sample.state()
        _ = state.handle(.char("j"))
        _ = state.handle(.down)
        #expect(state.portfolioCursor.selection == 2)
        _ = state.handle(.char("j"))
        #expect(state.portfolioCursor.selection == 2)
        _ = state.handle(.char("g"))
        #expect(state.portfolioCursor.selection == 0)
        _ = state.handle(.char("G"))
        #expect(state.portfolioCursor.selection == 2)
        _ = state.handle(.up)
        #expect(state.portfolioCursor.selection == 1)
    }

    @Test("Enter opens the selected pilot and asks to load it; Esc goes back")
    func openAndBack() {
        var state = Sample.state()
        _ = state.handle(.char("j"))
        let effects = state.handle(.enter)
        #expect(state.route == .pilot("AMB-FM"))
        guard case .load(.pilot("AMB-FM")) = effects.first else { Issue.record("expected a load, got \(effects)"); return }
        _ = state.handle(.escape)
        #expect(state.route == .portfolio)
    }

    @Test("Tab and Shift-Tab walk the pilot tabs and wrap")
    func tabs() {
        var state = Sample.state()
        _ = state.handle(.enter)
        _ = state.handle(.tab)
        #expect(state.tab == .scope)
        _ = state.handle(.backTab)
        _ = state.handle(.backTab)
        #expect(state.tab == .audit)
    }

    @Test("/ filters the list live; Esc clears it")
    func filter() {
        var state = Sample.state()
        _ = state.handle(.char("/"))
        for character in "dsc" { _ = state.handle(.char(character)) }
        #expect(state.visiblePilots.map(\.key) == ["DSC-HM"])
        _ = state.handle(.enter)
        #expect(state.filterEditor == nil)
        #expect(state.visiblePilots.count == 1)
        _ = state.handle(.escape)
        #expect(state.visiblePilots.count == 3)
    }

    @Test("? opens help built from the keymap; Esc closes it, another key does not")
    func help() {
        var state = Sample.state()
        _ = state.handle(.char("?"))
        guard case .help = state.overlay else { Issue.record("no help"); return }
        let sections = state.keymap.helpSections
        #expect(sections.contains { $0.title == "Navigate" })
        _ = state.handle(.char("x"))
        guard case .help = state.overlay else { Issue.record("help closed on x"); return }
        _ = state.handle(.escape)
        #expect(state.overlay == nil)
    }

    @Test("the palette completes pilot keys and opens one")
    func palette() {
        var state = Sample.state()
        _ = state.handle(.char(":"))
        for character in "pilot amb-f" { _ = state.handle(.char(character)) }
        guard case .palette(let palette) = state.overlay else { Issue.record("no palette"); return }
        #expect(palette.completions() == ["pilot AMB-FM"])
        _ = state.handle(.enter)
        #expect(state.route == .pilot("AMB-FM"))
    }

    @Test("a dirty form asks before discarding; a clean one closes")
    func formDiscard() {
        var state = Sample.state()
        _ = state.handle(.char("a"))
        guard case .form = state.overlay else { Issue.record("no form"); return }
        _ = state.handle(.escape)
        #expect(state.overlay == nil)
        _ = state.handle(.char("a"))
        _ = state.handle(.char("X"))
        _ = state.handle(.escape)
        guard case .confirm(let confirmation) = state.overlay else { Issue.record("no confirmation"); return }
        #expect(confirmation.action == .discardForm)
        _ = state.handle(.char("n"))
        guard case .form(let session) = state.overlay else { Issue.record("form lost on no"); return }
        #expect(session.form[.key]?.value == "X")
        _ = state.handle(.escape)
        _ = state.handle(.char("y"))
        #expect(state.overlay == nil)
    }

    @Test("Ctrl-C with unsaved input asks before quitting; q quits otherwise")
    func quit() {
        var state = Sample.state()
        _ = state.handle(.char("a"))
        _ = state.handle(.char("Z"))
        _ = state.handle(.ctrl("c"))
        #expect(!state.shouldQuit)
        _ = state.handle(.char("y"))
        #expect(state.shouldQuit)
        var clean = Sample.state()
        _ = clean.handle(.char("q"))
        #expect(clean.shouldQuit)
    }

    @Test("a form with invalid fields shows messages in place and submits nothing")
    func formValidation() {
        var state = Sample.state()
        _ = state.handle(.char("a"))
        let effects = state.handle(.ctrl("s"))
        #expect(effects.isEmpty)
        guard case .form(let session) = state.overlay else { Issue.record("form closed"); return }
        #expect(session.form[.key]?.error != nil)
        #expect(session.form[.name]?.error != nil)
    }

    @Test("feedback shows the redacted text before it is saved")
    func feedbackPreview() {
        var state = Sample.state()
        _ = state.handle(.char("f"))
        guard case .form(var session) = state.overlay else { Issue.record("no feedback form"); return }
        session.form.focus(id: .text)
        state.overlay = .form(session)
        for character in "Pt SSN 123-45-6789 ok" { _ = state.handle(.char(character)) }
        #expect(state.handle(.ctrl("s")).isEmpty)
        guard case .form(let preview) = state.overlay, let text = preview.preview else { Issue.record("no preview"); return }
        #expect(text.contains("[SSN]"))
        #expect(!text.contains("6789"))
        guard case .submit = state.handle(.enter).first else { Issue.record("confirm did not submit"); return }
    }

    @Test("what a role may not do is not offered, and is refused with the reason")
    func roles() {
        var state = Sample.state(as: Sample.clinician)
        state.minePilotIDs = [2]
        #expect(!state.keymap.bindings.contains { $0.action == .newItem })
        #expect(state.keymap.bindings.contains { $0.action == .logFeedback })
        _ = state.handle(.char("a"))
        guard case .refusal = state.overlay else { Issue.record("a opened \(String(describing: state.overlay))"); return }
        #expect(state.message?.contains("only lead may create pilots") == true)
    }

    @Test("a clinician's home shows only their pilots")
    func clinicianHome() {
        var state = Sample.state(as: Sample.clinician)
        state.minePilotIDs = [2]
        #expect(state.mineOnly)
        #expect(state.visiblePilots.map(\.key) == ["AMB-FM"])
    }

    @Test("a read-only session offers no writes")
    func readOnly() {
        var state = Sample.state(readOnly: true)
        #expect(!state.keymap.bindings.contains { $0.action == .newItem || $0.action == .logFeedback })
        _ = state.handle(.char("a"))
        guard case .refusal = state.overlay else { Issue.record("a opened \(String(describing: state.overlay))"); return }
        #expect(state.message?.contains("read-only") == true)
    }

    @Test("below the minimum size only quitting works")
    func tooSmall() {
        var state = Sample.state(size: Size(width: 30, height: 8))
        _ = state.handle(.enter)
        #expect(state.route == .portfolio)
        let canvas = DeckView.render(state, theme: .mono)
        #expect(canvas.text.contains("60"))
        _ = state.handle(.char("q"))
        #expect(state.shouldQuit)
    }

    @Test("long lists scroll only as far as needed to keep the selection in view")
    func scrolling() {
        var state = Sample.state(size: Size(width: 80, height: 24))
        state.pilots = (1...60).map { Sample.pilot(Int64($0), String(format: "P-%02d", $0), .micro) }
        state.portfolioCursor.count = 60
        for _ in 0..<30 { _ = state.handle(.char("j")) }
        let offset = state.portfolioCursor.offset
        #expect(offset > 0)
        #expect((offset..<offset + state.visibleRows).contains(30))
        _ = state.handle(.char("k"))
        #expect(state.portfolioCursor.offset == offset)
        let screen = DeckView.render(state, theme: .mono).text
        #expect(screen.contains("P-30") && !screen.contains("P-01 "))
    }

    @Test("the portfolio keeps incidents and exposure on screen from 80 columns; charts join at 120", arguments: [80, 100, 119, 120, 200])
    func portfolioColumns(width: Int) {
        let header = DeckView.render(Sample.state(size: Size(width: width, height: 24)), theme: .mono).lines()[1]
        #expect(header.contains("INC") && header.contains("EXPOSURE"))
        #expect(header.contains("TREND") == (width >= 120))
    }

    @Test("sort cycles and board groups by stage")
    func sortAndBoard() {
        var state = Sample.state()
        _ = state.handle(.char("s"))
        #expect(state.sort == .stage)
        #expect(state.visiblePilots.first?.key == "AMB-FM")
        _ = state.handle(.char("b"))
        #expect(state.board)
        #expect(state.boardColumns[Stage.micro.index].map(\.key) == ["AMB-ED"])
        _ = state.handle(.char("l"))
        #expect(state.boardColumn == 1)
    }
}
