import Testing
import TerminalKit

@Suite struct FormTests {
    private func pilotForm() -> Form {
        Form([
            .text(.name, label: "Name", required: true),
            .number(.cohort, label: "Cohort", range: 0...250),
            .choice(.stage, label: "Stage", options: ["intake", "micro"]),
            .toggle(.phi, label: "PHI"),
        ])
    }

    /// Sends keys to the form, returning which were used.
    private func send(_ keys: [KeyEvent], to form: inout Form) -> [Bool] {
        keys.map { form.handle($0) }
    }

    private func type(_ text: String, into form: inout Form) {
        _ = send(text.map { KeyEvent.char($0) }, to: &form)
    }

    @Test func rendersLabelsAndInputs() {
        let canvas = render(pilotForm(), width: 30, height: 5)
        #expect(canvas.text == """
        › Name *
          Cohort
          Stage  ◂ intake ▸
          PHI    [ ]

        """)
        #expect(canvas.cursor == Point(x: 9, y: 0))
    }

    @Test func tabAndShiftTabWrapAround() {
        var form = pilotForm()
        let used = send([.tab, .tab, .tab], to: &form)
        #expect(used == [true, true, true])
        #expect(form.focusedField?.id == .phi)
        _ = send([.tab], to: &form)
        #expect(form.focusedField?.id == .name)
        _ = send([.backTab], to: &form)
        #expect(form.focusedField?.id == .phi)
    }

    @Test func upAndDownStopAtTheEnds() {
        var form = pilotForm()
        _ = send([.up], to: &form)
        #expect(form.focus == 0)
        _ = send([.down, .down, .down, .down], to: &form)
        #expect(form.focus == 3)
    }

    @Test func leavingARequiredFieldShowsItsError() {
        var form = pilotForm()
        _ = send([.tab], to: &form)
        #expect(form[.name]?.error == "required")
        #expect(render(form, width: 30, height: 6).text == """
          Name *
                 ✗ required
        › Cohort
          Stage  ◂ intake ▸
          PHI    [ ]

        """)
    }

    @Test func errorIsDrawnInTheBadStyle() {
        var form = pilotForm()
        form.setError("taken", for: .name)
        let canvas = render(form, width: 20, height: 2, theme: .color)
        #expect(canvas.lines()[1] == "         ✗ taken")
        #expect(canvas.mask(of: Theme.color.bad).split(separator: "\n")[1] == ".........#######....")
    }

    @Test func fixingAFieldClearsItsError() {
        var form = pilotForm()
        _ = send([.tab, .backTab], to: &form)
        #expect(form[.name]?.error == "required")
        type("Scribe", into: &form)
        #expect(form[.name]?.error == nil)
        #expect(form[.name]?.value == "Scribe")
    }

    @Test func numbersAreCheckedWhenValidated() {
        var form = Form([.number(.cohort, label: "Cohort", range: 0...250)])
        type("abc", into: &form)
        let valid = form.validate()
        #expect(!valid)
        #expect(form[.cohort]?.error == "must be a number")
        _ = send([.ctrl("u")], to: &form)
        #expect(form[.cohort]?.error == nil)
        type("300", into: &form)
        #expect(form[.cohort]?.error == nil, "no new error while typing")
        let valid2 = form.validate()
        #expect(!valid2)
        #expect(form[.cohort]?.error == "must be between 0 and 250")
        _ = send([.backspace, .backspace, .backspace], to: &form)
        type("12", into: &form)
        let valid3 = form.validate()
        #expect(valid3)
        #expect(form[.cohort]?.number == 12)
    }

    @Test func choicesStopAtTheEnds() {
        var form = pilotForm()
        form.focus(id: .stage)
        let used = send([.right], to: &form)
        #expect(used == [true])
        #expect(form[.stage]?.value == "micro")
        _ = send([.right, .char(" ")], to: &form)
        #expect(form[.stage]?.value == "micro")
        _ = send([.left, .left], to: &form)
        #expect(form[.stage]?.choice == 0)
    }

    @Test func typingPicksTheOptionItStarts() {
        var form = Form([
            .choice(.rating, label: "Rating", options: ["1", "2", "3", "4", "5"], selected: 2),
            .choice(.tool, label: "Tool", options: ["SCRIBE", "SUMMARY", "CHAT"]),
        ])
        #expect(send([.char("5")], to: &form) == [true])
        #expect(form[.rating]?.value == "5")
        _ = send([.char("1")], to: &form)
        #expect(form[.rating]?.value == "1")
        #expect(send([.char("9")], to: &form) == [false])
        #expect(form[.rating]?.value == "1")
        _ = send([.tab, .char("s")], to: &form)
        #expect(form[.tool]?.value == "SUMMARY", "the next match after the current one")
        _ = send([.char("s")], to: &form)
        #expect(form[.tool]?.value == "SCRIBE")
        _ = send([.char("C")], to: &form)
        #expect(form[.tool]?.value == "CHAT")
    }

    @Test func aChoiceWithoutDefaultIsRequiredUntilPicked() {
        var form = Form([.choice(.verdict, label: "Verdict", options: ["approve", "dissent"], selected: nil)])
        #expect(form[.verdict]?.value == "")
        #expect(render(form, width: 30, height: 1).text == "› Verdict * ◂ choose ▸")
        let valid = form.validate()
        #expect(!valid)
        #expect(form[.verdict]?.error == "choose one: approve or dissent (←/→)")
        _ = send([.right], to: &form)
        #expect(form[.verdict]?.value == "approve")
        #expect(form[.verdict]?.error == nil)
        _ = send([.right, .right], to: &form)
        #expect(form[.verdict]?.value == "dissent", "no cycling back past the end")

        var fromTheRight = Form([.choice(.verdict, label: "Verdict", options: ["approve", "dissent"], selected: nil)])
        _ = send([.left], to: &fromTheRight)
        #expect(fromTheRight[.verdict]?.value == "dissent")
    }

    @Test func enteringANumberFieldSelectsItsText() {
        var form = Form([.text(.name, label: "Name"), .number(.n, label: "N", value: 10), .number(.m, label: "M", value: 3)])
        _ = send([.tab], to: &form)
        #expect(form[.n]?.editor.isAllSelected == true)
        type("40", into: &form)
        #expect(form[.n]?.value == "40")
        _ = send([.tab], to: &form)
        #expect(form[.n]?.editor.isAllSelected == false, "leaving drops the selection")
        _ = send([.backspace], to: &form)
        #expect(form[.m]?.value == "")
    }

    @Test func aNumberFieldFocusedFirstIsSelectedToo() {
        var form = Form([.number(.n, label: "N", value: 10)])
        type("7", into: &form)
        #expect(form[.n]?.value == "7")
    }

    @Test func checklistRowsAreTickedWithSpace() {
        var form = Form([
            .text(.before, label: "Before"),
            .checklist(.steps, label: "Steps", items: [.init("Disable", isLocked: true), .init("Notify"), .init("Assess", warning: "overdue 2 d")]),
            .text(.after, label: "After"),
        ])
        #expect(form[.steps]?.value == "1", "a locked row starts ticked")
        _ = send([.down, .char(" ")], to: &form)
        #expect(form[.steps]?.value == "1", "a locked row stays ticked")
        _ = send([.down, .char(" "), .down, .char(" ")], to: &form)
        #expect(form[.steps]?.value == "1 2 3")
        #expect(form[.steps]?.checkedItems == ["Disable", "Notify", "Assess"])
        _ = send([.char(" ")], to: &form)
        #expect(form[.steps]?.value == "1 2")
        _ = send([.down], to: &form)
        #expect(form.focusedField?.id == .after, "Down from the last row leaves the list")
        _ = send([.up], to: &form)
        #expect(form[.steps]?.checklistCursor == 2, "coming back up lands on the last row")
        #expect(render(form, width: 40, height: 5).text == """
          Before
        › Steps  [x] Disable
                 [x] Notify
                 [ ] Assess  overdue 2 d
          After
        """)
    }

    @Test func togglesFlip() {
        var form = Form([.toggle(.phi, label: "PHI")])
        _ = send([.char(" ")], to: &form)
        #expect(form[.phi]?.isOn == true)
        #expect(form[.phi]?.value == "on")
        #expect(render(form, width: 12, height: 1).text == "› PHI [x]")
    }

    @Test func enterAndEscapeAreLeftToTheCaller() {
        var form = pilotForm()
        let used = send([.enter, .escape, .ctrl("s")], to: &form)
        #expect(used == [false, false, false])
        form.focus(id: .stage)
        let used2 = send([.char("x")], to: &form)
        #expect(used2 == [false])
    }

    @Test func validateFocusesTheFirstInvalidField() {
        var form = pilotForm()
        form.focus(id: .phi)
        let valid = form.validate()
        #expect(!valid)
        #expect(form.focusedField?.id == .name)
        type("Scribe", into: &form)
        let valid2 = form.validate()
        #expect(valid2)
    }

    @Test func customValidation() {
        var form = Form([.text(.email, label: "E-mail", validate: { $0.contains("@") ? nil : "must be an e-mail address" })])
        type("alice", into: &form)
        let valid = form.validate()
        #expect(!valid)
        #expect(form[.email]?.error == "must be an e-mail address")
        type("@example.org", into: &form)
        #expect(form[.email]?.error == nil)
    }

    @Test func optionalEmptyFieldsAreValid() {
        var form = Form([.number(.n, label: "N"), .text(.t, label: "T", validate: { _ in "never" })])
        let valid = form.validate()
        #expect(valid)
    }

    @Test func dirtyTracksChangesFromTheSavedValues() {
        var form = Form([.text(.name, label: "Name", value: "Scribe"), .toggle(.phi, label: "PHI")])
        #expect(!form.isDirty)
        type("x", into: &form)
        #expect(form.isDirty)
        _ = send([.backspace], to: &form)
        #expect(!form.isDirty)
        _ = send([.tab, .char(" ")], to: &form)
        #expect(form.isDirty)
        form.markSaved()
        #expect(!form.isDirty)
    }

    @Test func multilineFieldsMoveBetweenLinesBeforeFocus() {
        var form = Form([.multiline(.notes, label: "Notes", value: "a\nb", height: 2), .toggle(.phi, label: "PHI")])
        _ = send([.up], to: &form)
        #expect(form.focus == 0)
        #expect(form[.notes]?.editor.cursor == 1)
        _ = send([.down, .enter], to: &form)
        #expect(form[.notes]?.value == "a\nb\n")
        _ = send([.down], to: &form)
        #expect(form.focusedField?.id == .phi)
    }

    @Test func scrollsToKeepTheFocusedFieldVisible() {
        var form = Form((1...6).map { .text(FieldID("f\($0)"), label: "F\($0)") })
        form.focus(id: FieldID("f5"))
        #expect(render(form, width: 20, height: 3).text == "  F3\n  F4\n› F5")
    }

    @Test func clickingARowFocusesItsField() {
        var form = Form([.text(.a, label: "A"), .text(.b, label: "B")])
        let area = Rect(x: 0, y: 0, width: 30, height: 5)
        let focused = form.focusField(at: Point(x: 1, y: 1), in: area)
        #expect(focused)
        #expect(form.focusedField?.id == .b)
        let focused2 = form.focusField(at: Point(x: 1, y: 3), in: area)
        #expect(!focused2)
        #expect(form.focusedField?.id == .b)
    }
}
