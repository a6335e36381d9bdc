import Foundation
import PilotKit
import Testing
import TerminalKit
@testable import PilotDeck

/// Issue #13 items 1 and 5: a key that cannot act says why, holds what is typed after it, and
/// what a role may not do is not offered.
@Suite("Refused keys and what a role is offered", .serialized)
struct RefusalTests {
    /// Its own demo: the golden suite uses the shared one's runtime.
    static let demo = try! DemoFixture()
    static let leadership = Person(login: "lia", name: "Lia", email: "lia@riverbend.example", department: "Exec", roles: [.leadership])
    static let reviewer = Person(
        login: "rex", name: "Rex", email: "rex@riverbend.example", department: "Security", roles: [.reviewer], discipline: .itSecurity)
    /// Reviews and takes part in pilots.
    static let reviewingClinician = Person(
        login: "rue", name: "Rue", email: "rue@riverbend.example", department: "Quality", roles: [.reviewer, .clinician], discipline: .clinical)

    /// Keys a user types into a form they expect to be open: text with command letters, Tab,
    /// Enter and Ctrl-s.
    static let typing: [KeyEvent] = "targets Ne met; sq b5".map { .char($0) } + [.tab, .enter, .ctrl("s"), .char("q")]

    @Test("d on the portfolio says to open a pilot first, and nothing typed after it runs", arguments: [leadership, Sample.lead])
    func decideOnPortfolio(person: Person) {
        var state = Sample.state(as: person)
        _ = state.handle(.char("j"))
        let before = (state.route, state.portfolioCursor.selection, state.sort, state.board)
        #expect(state.handle(.char("d")).isEmpty)
        #expect(state.message == "d: open a pilot first")
        guard case .refusal(let refusal) = state.overlay else { Issue.record("d held nothing: \(String(describing: state.overlay))"); return }
        #expect(refusal.reason == "open a pilot first")
        let effects = Self.typing.flatMap { state.handle($0) }
        #expect(effects.isEmpty)
        #expect(!state.shouldQuit)
        #expect(state.route == before.0 && state.portfolioCursor.selection == before.1 && state.sort == before.2 && state.board == before.3)
        guard case .refusal(let held) = state.overlay else { Issue.record("typing let go of the refusal"); return }
        #expect(held.ignored == Self.typing.count)
        #expect(DeckView.render(state, theme: .mono).text.contains("Keys dropped: \(Self.typing.count)"))
        _ = state.handle(.escape)
        #expect(state.overlay == nil)
        _ = state.handle(.char("q"))
        #expect(state.shouldQuit)
    }

    @Test("each role's refused form keys hold the keys typed after them", arguments: [
        (leadership, KeyEvent.char("a")), (leadership, .char("f")), (leadership, .char("o")),
        (Sample.clinician, .char("a")), (Sample.clinician, .char("d")), (reviewer, .char("f")), (reviewer, .char("a")),
    ])
    func heldByRole(person: Person, key: KeyEvent) {
        var state = Sample.state(as: person)
        state.minePilotIDs = [2]
        _ = state.handle(key)
        guard case .refusal(let refusal) = state.overlay else { Issue.record("\(key) as \(person.login): \(String(describing: state.overlay))"); return }
        #expect(state.message == "\(key): \(refusal.reason)")
        #expect(Self.typing.flatMap { state.handle($0) }.isEmpty)
        #expect(!state.shouldQuit && state.route == .portfolio && state.sort == .key)
    }

    @Test("a read-only session refuses every form key with the reason and holds the typing")
    func readOnly() {
        var state = Sample.state(readOnly: true)
        _ = state.handle(.char("a"))
        guard case .refusal(let refusal) = state.overlay else { Issue.record("a was not held"); return }
        #expect(refusal.reason.contains("read-only"))
    }

    @Test("a refused key that opens nothing to type into only says why: sorting off the portfolio, Enter with nothing to open, moving in an empty list")
    func statusOnly() {
        var state = Sample.state()
        _ = state.handle(.char("2"))
        _ = state.handle(.char("s"))
        #expect(state.message == "s: only on the portfolio (1)")
        #expect(state.overlay == nil)
        #expect(state.sort == .key)
        _ = state.handle(.enter)
        #expect(state.message == "Enter: nothing to open here")
        _ = state.handle(.char("j"))
        #expect(state.message == "j: the list is empty")
        _ = state.handle(.char("1"))
        _ = state.handle(.char("l"))
        #expect(state.message == "l: only on the board (b)")
    }

    @Test("a key no binding lists says so")
    func unbound() {
        var state = Sample.state()
        _ = state.handle(.char("x"))
        #expect(state.message == "x: not a key here; ? lists the keys")
        _ = state.handle(.tab)
        #expect(state.message == "Tab: not a key here; ? lists the keys")
    }

    @Test("every key shown as unavailable is left out of the hints and help, and pressing it gives its reason")
    func oneDecision() {
        let state = Sample.state(as: Self.leadership)
        let disabled = state.bindings.bindings.filter { $0.disabledReason != nil }
        #expect(disabled.contains { $0.action == .decide })
        let helpKeys = state.keymap.helpSections.flatMap(\.entries).map(\.keys)
        for binding in disabled {
            #expect(!state.keymap.statusHints.contains { $0.keys == binding.keyLabel }, "\(binding.hint)")
            #expect(!helpKeys.contains(binding.keyLabel), "\(binding.hint)")
            var pressed = state
            _ = pressed.handle(binding.keys[0])
            #expect(pressed.message == "\(binding.keys[0]): \(binding.disabledReason!)")
        }
    }

    // MARK: - Item 5

    @Test("a lead deciding sees no override field; leadership does")
    func overrideField() {
        for (person, offered) in [(Sample.lead, false), (Self.leadership, true)] {
            let session = FormSession(kind: .decide(pilot: "AMB-ED"), state: Sample.state(as: person))
            #expect((session.form[.override] != nil) == offered, "\(person.login)")
        }
    }

    @Test("feedback on a pilot the clinician does not take part in is not offered, and refused before the form")
    func notParticipant() throws {
        let clinician = try Self.demo.database.person("jose.alvarez")
        let session = Session(user: clinician, databaseName: "demo.sqlite", isReadOnly: false, isDemo: true)
        var state = Self.demo.runtime.start(session: session, size: Size(width: 120, height: 40), playbookKeys: [])
        let mine = try Self.demo.database.pilots(involving: clinician.login).map(\.key)
        let other = try #require(state.pilots.first { !mine.contains($0.key) }).key
        Self.demo.press([.char(":")] + "pilot \(other)".map { .char($0) } + [.enter], on: &state)
        #expect(state.route == .pilot(other))
        #expect(state.refusal(for: .logFeedback) == "\(clinician.login) does not take part in \(other); a lead can enrol \(clinician.login) in \(other) (from the command line: pilotdeck pilot participant add)")
        #expect(!state.keymap.bindings.contains { $0.action == .logFeedback })
        Self.demo.press([.char("f")], on: &state)
        guard case .refusal(let refusal) = state.overlay else { Issue.record("the form opened: \(String(describing: state.overlay))"); return }
        #expect(refusal.reason.contains("does not take part in \(other)"))
        Self.demo.press([.escape, .char(":")] + "pilot \(mine[0])".map { .char($0) } + [.enter, .char("f")], on: &state)
        guard case .form(let form) = state.overlay else { Issue.record("no form on their own pilot"); return }
        #expect(form.kind == .logFeedback(pilot: mine[0]))
    }

    @Test(":feedback is offered only to those who may log it, naming only their pilots")
    func palette() {
        var reviewer = Sample.state(as: Self.reviewer)
        _ = reviewer.handle(.char(":"))
        _ = reviewer.handle(.char("f"))
        guard case .palette(let offered) = reviewer.overlay else { Issue.record("no palette"); return }
        #expect(offered.completions().isEmpty)
        #expect(!offered.commands.contains("feedback") && offered.commands.contains("export"))

        var clinician = Sample.state(as: Self.reviewingClinician)
        clinician.minePilotIDs = [2]
        _ = clinician.handle(.char(":"))
        for character in "feedback " { _ = clinician.handle(.char(character)) }
        guard case .palette(let mine) = clinician.overlay else { Issue.record("no palette"); return }
        #expect(mine.completions() == ["feedback AMB-FM"])
        for character in "dsc-hm" { _ = clinician.handle(.char(character)) }
        _ = clinician.handle(.enter)
        guard case .refusal(let refusal) = clinician.overlay else { Issue.record(":feedback DSC-HM was not refused"); return }
        #expect(refusal.key == ":feedback" && refusal.reason.contains("does not take part in DSC-HM"))
    }
}
