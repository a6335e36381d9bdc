import Testing
import TerminalKit

@Suite struct TableTests {
    private let columns = [
        Table.Column("ID", width: .fixed(3), alignment: .right),
        Table.Column("Pilot"),
        Table.Column("Stage", width: .fixed(6)),
    ]

    private func rows(_ range: ClosedRange<Int>) -> [Table.Row] {
        range.map { Table.Row([Table.Cell(String($0)), Table.Cell("Pilot \($0)"), "micro"]) }
    }

    @Test func rendersHeaderAndRowsInColumns() {
        let table = Table(columns: columns, rows: [
            Table.Row(["1", "Scribe", "micro"]),
            Table.Row(["2", "Discharge", "intake"]),
            Table.Row(["3", "Inbox", "general"]),
        ])
        #expect(render(table, width: 20, height: 4).text == """
         ID Pilot     Stage
          1 Scribe    micro
          2 Discharge intake
          3 Inbox     gener…
        """)
    }

    @Test func selectedRowIsHighlightedAcrossTheWidth() {
        let table = Table(columns: columns, rows: rows(1...3), selectedRow: 1)
        #expect(render(table, width: 20, height: 4).mask(of: Theme.mono.selected) == """
        ....................
        ....................
        ####################
        ....................
        """)
    }

    @Test func selectionWithoutFocusUsesTheUnfocusedStyle() {
        var table = Table(columns: columns, rows: rows(1...2), selectedRow: 0)
        table.isFocused = false
        let canvas = render(table, width: 20, height: 3, theme: .color)
        #expect(canvas.mask(of: Theme.color.selectedUnfocused).split(separator: "\n")[1] == "####################")
        #expect(!canvas.mask(of: Theme.color.selected).contains("#"))
    }

    @Test func cellAndRowStylesApplyOutsideTheSelection() {
        let bad = Theme.color.bad
        let table = Table(columns: columns, rows: [
            Table.Row(["1", Table.Cell("Scribe", style: bad), "micro"]),
            Table.Row(["2", "Inbox", "micro"], style: Theme.color.muted),
        ])
        let canvas = render(table, width: 20, height: 3, theme: .color)
        #expect(canvas.mask(of: bad).split(separator: "\n")[1] == "....#########.......")
        #expect(canvas.mask(of: Theme.color.muted).split(separator: "\n")[2] == "###.#########.######")
    }

    @Test func scrollsJustEnoughToShowTheSelection() {
        let table = Table(columns: columns, rows: rows(1...10), selectedRow: 5, scrollOffset: 0)
        let area = Rect(x: 0, y: 0, width: 20, height: 4)
        #expect(table.firstVisibleRow(in: area) == 3)
        #expect(render(table, width: 20, height: 4).lines() == [
            " ID Pilot    Stage", "  4 Pilot 4  micro ┃", "  5 Pilot 5  micro │", "  6 Pilot 6  micro │",
        ])
    }

    @Test func columnWidthsLeaveRoomForTheScrollbar() {
        let area = Rect(x: 0, y: 0, width: 20, height: 4)
        #expect(Table(columns: columns, rows: rows(1...3)).columnWidths(in: area) == [3, 9, 6])
        #expect(Table(columns: columns, rows: rows(1...10)).columnWidths(in: area) == [3, 8, 6])
    }

    @Test func scrollbarThumbFollowsTheOffset() {
        let table = Table(columns: columns, rows: rows(1...10), selectedRow: 9, scrollOffset: 0)
        let canvas = render(table, width: 20, height: 4)
        #expect((1...3).map { canvas[19, $0].grapheme } == ["│", "│", "┃"])
    }

    @Test func drawsAWindowOfRowsFromAnAbsoluteIndex() {
        let window = Table(columns: columns, rows: rows(101...103), firstRowIndex: 100, totalRows: 1000,
                           selectedRow: 101, scrollOffset: 100)
        let canvas = render(window, width: 20, height: 4)
        #expect(canvas.lines()[1...3].map { String($0.prefix(11)) } == ["101 Pilot 1", "102 Pilot 1", "103 Pilot 1"])
        #expect(canvas.mask(of: Theme.mono.selected).split(separator: "\n")[2] == "###################.")
    }

    @Test func rowsOutsideTheSuppliedWindowStayBlank() {
        let window = Table(columns: columns, rows: rows(1...1), firstRowIndex: 0, totalRows: 2)
        #expect(render(window, width: 20, height: 3).lines()[2] == "")
    }

    @Test func hitTestingReturnsAbsoluteRows() {
        let table = Table(columns: columns, rows: rows(1...10), selectedRow: 5)
        let area = Rect(x: 0, y: 1, width: 20, height: 4)
        #expect(table.row(at: Point(x: 2, y: 2), in: area) == 3)
        #expect(table.row(at: Point(x: 2, y: 4), in: area) == 5)
        #expect(table.row(at: Point(x: 2, y: 1), in: area) == nil)
        #expect(table.row(at: Point(x: 2, y: 5), in: area) == nil)
    }

    @Test func emptyMessage() {
        var table = Table(columns: columns, rows: [])
        table.emptyMessage = "No pilots yet"
        #expect(render(table, width: 20, height: 3).text == " ID Pilot     Stage\nNo pilots yet\n")
    }

    @Test func headerCanBeHidden() {
        var table = Table(columns: columns, rows: rows(1...1))
        table.showsHeader = false
        #expect(render(table, width: 20, height: 1).text == "  1 Pilot 1   micro")
        #expect(table.visibleRowCount(in: Rect(x: 0, y: 0, width: 20, height: 1)) == 1)
    }
}
