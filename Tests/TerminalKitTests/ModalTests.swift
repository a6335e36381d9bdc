import Testing
import TerminalKit

@Suite struct ModalTests {
    private let modal = Modal(title: "Quit?", body: "Discard the unsaved form?", buttons: ["Yes", "No"], selectedButton: 1)
    private let area = Rect(x: 0, y: 0, width: 40, height: 10)

    @Test func centredBoxWithBodyAndButtons() {
        #expect(modal.frame(in: area) == Rect(x: 5, y: 2, width: 29, height: 5))
        #expect(render(modal, width: 40, height: 10).text == """


             ┌ Quit? ────────────────────┐
             │ Discard the unsaved form? │
             │                           │
             │      [ Yes ]  [ No ]      │
             └───────────────────────────┘



        """)
    }

    @Test func selectedButtonIsHighlighted() {
        let mask = render(modal, width: 40, height: 10).mask(of: Theme.mono.selected).split(separator: "\n")
        #expect(mask[5] == ".....................######.............")
    }

    @Test func buttonHitTesting() {
        #expect(modal.button(at: Point(x: 13, y: 5), in: area) == 0)
        #expect(modal.button(at: Point(x: 22, y: 5), in: area) == 1)
        #expect(modal.button(at: Point(x: 20, y: 5), in: area) == nil)
        #expect(modal.button(at: Point(x: 22, y: 4), in: area) == nil)
    }

    @Test func bodyWrapsAtTheTextWidth() {
        let narrow = Modal(title: "Note", body: "one two three four", buttons: [], maxTextWidth: 9)
        #expect(render(narrow, width: 15, height: 5).text == """
         ┌ Note ─────┐
         │ one two   │
         │ three     │
         │ four      │
         └───────────┘
        """)
    }
}
