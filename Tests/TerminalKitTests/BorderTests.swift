import Testing
import TerminalKit

@Suite struct BorderTests {
    @Test func drawsABoxAndReturnsTheInside() {
        var canvas = Canvas(width: 6, height: 3)
        let inside = canvas.border(canvas.bounds)
        #expect(inside == Rect(x: 1, y: 1, width: 4, height: 1))
        #expect(canvas.text == """
        ┌────┐
        │    │
        └────┘
        """)
    }

    @Test func titleSitsInTheTopEdge() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.border(canvas.bounds, title: "Risks", kind: .rounded)
        #expect(canvas.text == """
        ╭ Risks ───╮
        ╰──────────╯
        """)
    }

    @Test func longTitlesAreTruncated() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.border(canvas.bounds, title: "Incidents and risks", kind: .double)
        #expect(canvas.text == """
        ╔ Incid… ╗
        ╚════════╝
        """)
    }

    @Test func titleHasItsOwnStyle() {
        var canvas = Canvas(width: 8, height: 2)
        let bold = Style(bold: true)
        canvas.border(canvas.bounds, title: "ab", style: .plain, titleStyle: bold)
        #expect(canvas.mask(of: bold) == ".####...\n........")
    }

    @Test(arguments: [(BorderKind.single, "┌┐└┘"), (.rounded, "╭╮╰╯"), (.double, "╔╗╚╝"), (.heavy, "┏┓┗┛")])
    func cornersOfEachKind(kind: BorderKind, corners: String) {
        var canvas = Canvas(width: 3, height: 3)
        canvas.border(canvas.bounds, kind: kind)
        #expect([canvas[0, 0], canvas[2, 0], canvas[0, 2], canvas[2, 2]].map(\.grapheme).joined() == corners)
    }

    @Test func tooSmallForABox() {
        var canvas = Canvas(width: 1, height: 3)
        #expect(canvas.border(canvas.bounds).isEmpty)
        #expect(canvas.text == "\n\n")
    }
}
