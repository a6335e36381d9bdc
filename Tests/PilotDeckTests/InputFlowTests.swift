import Foundation
import PilotKit
import PilotStore
import Testing
import TerminalKit
@testable import PilotDeck

/// Inputs that behave as users expect (issue #13, item 8), through the reducer and the runtime.
@Suite("Inputs in the dashboard", .serialized)
struct InputFlowTests {
    /// Its own demo database: these tests write, and the goldens must not see it.
    let fixture = try! DemoFixture()

    func form(_ state: AppState) -> Form? {
        if case .form(let session) = state.overlay { return session.form }
        return nil
    }

    func typed(_ text: String) -> [KeyEvent] { text.map { .char($0) } }

    func open(_ pilot: String, tab: PilotTab, _ state: inout AppState) {
        fixture.press([.char(":")] + typed("pilot \(pilot)") + [.enter], on: &state)
        state.tab = tab
    }

    @Test("typing into a number field replaces its default")
    func numberReplacesDefault() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        open("AMB-FM", tab: .metrics, &state)
        fixture.press([.char("a"), .tab, .tab], on: &state)
        #expect(form(state)?.focusedField?.id == .n)
        fixture.press(typed("40"), on: &state)
        #expect(form(state)?[.n]?.value == "40", "not 1040")
    }

    @Test("the rating takes a digit; the edit tags are a checklist of the allowed values")
    func ratingAndTags() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        open("AMB-FM", tab: .feedback, &state)
        fixture.press([.char("f"), .char("2")], on: &state)
        #expect(form(state)?[.rating]?.value == "2")
        fixture.press([.char("9")], on: &state)
        #expect(form(state)?[.rating]?.value == "2", "no option starts with 9")
        fixture.press([.tab, .tab], on: &state)
        #expect(form(state)?.focusedField?.id == .tags)
        let screen = DeckView.render(state, theme: .mono).text
        for tag in EditTag.labels { #expect(screen.contains("[ ] \(tag)"), "\(tag) offered") }
        fixture.press([.down, .char(" "), .down, .down, .char(" ")], on: &state)
        #expect(form(state)?[.tags]?.checkedItems == [EditTag.labels[1], EditTag.labels[3]])
    }

    @Test("a hold records the review day of the form, as the CLI's --review-on does")
    func holdReviewDay() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        open("AMB-FM", tab: .decisions, &state)
        fixture.press([.char("d"), .char("h")], on: &state)
        #expect(form(state)?[.decision]?.value == "hold")
        #expect(form(state)?[.reviewOn]?.value == Day(Date()).adding(days: 28).description, "four weeks, as the Ledger's default")
        fixture.press([.tab] + typed("wait for the winter data") + [.tab, .tab, .ctrl("u")] + typed("2026-04-15") + [.ctrl("s")], on: &state)
        #expect(state.overlay == nil, "\(String(describing: state.message))")
        #expect(state.message?.hasSuffix("next review 2026-04-15") == true, "\(String(describing: state.message))")
        #expect(try fixture.database.pilot("AMB-FM").nextReviewOn?.description == "2026-04-15")
    }

    @Test(":pilot IN and Tab cycles through every match, both ways, and Enter opens the one shown")
    func paletteCycles() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        let matches = state.pilots.map(\.key).filter { $0.hasPrefix("IN") }.sorted()
        #expect(matches.count > 1)
        fixture.press([.char(":")] + typed("pilot IN"), on: &state)
        var shown: [String] = []
        for _ in 0...matches.count {
            fixture.press([.tab], on: &state)
            guard case .palette(let palette) = state.overlay else { Issue.record("palette closed"); return }
            shown.append(palette.input.value)
        }
        #expect(shown == (matches + [matches[0]]).map { "pilot \($0)" })
        fixture.press([.backTab], on: &state)
        guard case .palette(let back) = state.overlay else { Issue.record("palette closed"); return }
        #expect(back.input.value == "pilot \(matches[matches.count - 1])")
        fixture.press([.enter], on: &state)
        #expect(state.route == .pilot(matches[matches.count - 1]))
    }

    @Test("Esc at \"Discard? (y/n)\" answers no and keeps what was typed")
    func escapeAnswersNo() throws {
        var state = fixture.state(Size(width: 120, height: 40))
        fixture.press([.char("a")] + typed("NEW-ONE") + [.escape], on: &state)
        guard case .confirm(let question) = state.overlay, question.action == .discardForm else { Issue.record("no question"); return }
        #expect(DeckView.render(state, theme: .mono).text.contains("[ n/Esc: no ]"))
        fixture.press([.escape], on: &state)
        #expect(form(state)?[.key]?.value == "NEW-ONE")
        fixture.press([.escape, .char("y")], on: &state)
        #expect(state.overlay == nil)
    }

    @Test("help scrolls with j/k and closes on Esc, q or ?, as its footer says; other keys leave it open")
    func helpKeys() throws {
        var state = fixture.state(Size(width: 80, height: 24))
        fixture.press([.char("?")], on: &state)
        #expect(DeckView.render(state, theme: .mono).text.contains(OverlayView.helpFooter))
        fixture.press([.char("x"), .enter, .char("1")], on: &state)
        guard case .help(let opened) = state.overlay else { Issue.record("help closed on another key"); return }
        #expect(opened == 0)
        fixture.press([.char("j"), .char("j"), .char("k")], on: &state)
        #expect({ if case .help(1) = state.overlay { true } else { false } }())
        fixture.press([.char("G")], on: &state)
        guard case .help(let last) = state.overlay else { Issue.record("help closed"); return }
        fixture.press([.char("j")], on: &state)
        #expect({ if case .help(last) = state.overlay { true } else { false } }(), "no scrolling past the end")
        #expect(last > 0)
        for close in [KeyEvent.escape, .char("q"), .char("?")] {
            fixture.press([close], on: &state)
            #expect(state.overlay == nil, "\(close)")
            fixture.press([.char("?")], on: &state)
        }
    }
}
