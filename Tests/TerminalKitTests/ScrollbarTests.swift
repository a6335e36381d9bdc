import Testing
import TerminalKit

@Suite struct ScrollbarTests {
    @Test func thumbSizeAndPosition() {
        let top = render(Scrollbar(offset: 0, visible: 2, total: 4), width: 1, height: 4)
        let bottom = render(Scrollbar(offset: 2, visible: 2, total: 4), width: 1, height: 4)
        #expect(top.text == "┃\n┃\n│\n│")
        #expect(bottom.text == "│\n│\n┃\n┃")
    }

    @Test func nothingWhenEverythingFits() {
        #expect(render(Scrollbar(offset: 0, visible: 4, total: 4), width: 1, height: 4).text == "\n\n\n")
    }
}
