import PilotKit
import TerminalKit

/// Every pilot as a row: stage pipeline, status, gate readiness, headline metric with a
/// sparkline against its target, open incidents and data exposure.
enum PortfolioView {
    struct Columns {
        let table: [Table.Column]
        /// Index of the column the sparkline is drawn in, if shown.
        let spark: Int?
    }

    /// The widths of the columns whose cells are short in most hospitals, fitted to their widest
    /// cell so the name gets what they leave; taken over every pilot, not only those on screen, so
    /// filtering and scrolling never move the columns.
    struct Fit: Equatable {
        let key: Int
        let status: Int
        let exposure: Int

        init(_ state: AppState) {
            func widest(_ cells: [String], header: String, most: Int) -> Int {
                min(most, ([header] + cells).map(\.displayWidth).max() ?? 0)
            }
            key = widest(state.pilots.map(\.key), header: "KEY", most: 10)
            status = widest(state.pilots.map(Format.status), header: "STATUS", most: 12)
            exposure = widest(state.insights.values.map { Format.exposure($0.exposure) }, header: "EXPOSURE", most: 11)
        }
    }

    static func columns(width: Int, fit: Fit) -> Columns {
        var columns: [Table.Column] = [
            .init("KEY", width: .fixed(fit.key)), .init("NAME", width: .min(14)),
        ]
        if width >= 140 { columns.append(.init("USE CASE", width: .fixed(24))) }
        columns.append(.init("STAGE", width: .fixed(width >= 100 ? 17 : 7)))
        columns.append(.init("STATUS", width: .fixed(fit.status)))
        columns.append(.init("GATE", width: .fixed(gateWidth(width: width))))
        var spark: Int?
        if width >= 120 {
            columns.append(.init("HEADLINE", width: .fixed(22)))
            columns.append(.init("TREND", width: .fixed(10)))
            spark = columns.count - 1
        }
        columns.append(.init("INC", width: .fixed(3), alignment: .right))
        if width >= 80 { columns.append(.init("EXPOSURE", width: .fixed(fit.exposure))) }
        return Columns(table: columns, spark: spark)
    }

    /// Whether the gate column has room to name the first unmet criterion.
    static func namesCriteria(width: Int) -> Bool { width >= 80 }

    static func gateWidth(width: Int) -> Int { namesCriteria(width: width) ? 14 : 7 }

    /// What the columns' shorthand means, one line each where there is room, on the rows below the
    /// table: the gate column, the exposure counts, and the `*` of a status when one shows.
    static func legend(_ state: AppState, width: Int) -> [String] {
        var entries: [String] = []
        if state.visiblePilots.contains(where: \.needsRevalidation) { entries.append("*: tool model changed, needs revalidation") }
        entries.append(namesCriteria(width: width) ? "GATE: first unmet criterion, +N more; c: checklist" : "GATE: criteria unmet; c: checklist")
        if width >= 80 { entries.append("EXPOSURE: data domains in scope by sensitivity (Restricted High Moderate Low)") }
        return entries.reduce(into: [String]()) { lines, entry in
            if let last = lines.last, last.displayWidth + 3 + entry.displayWidth <= width - 1 {
                lines[lines.count - 1] = last + " · " + entry
            } else {
                lines.append(entry)
            }
        }
    }

    /// The table's part of the body: all but the legend's lines.
    static func tableArea(_ state: AppState, body: Rect) -> Rect {
        body.inset(bottom: legend(state, width: body.width).count)
    }

    static func render(_ state: AppState, into canvas: inout Canvas, area body: Rect, theme: Theme) {
        let area = tableArea(state, body: body)
        for (index, line) in legend(state, width: body.width).enumerated() {
            canvas.write(line, x: body.minX + 1, y: area.maxY + index, style: theme.muted, clippedTo: body)
        }
        let pilots = state.visiblePilots
        let layout = columns(width: area.width, fit: Fit(state))
        let wide = area.width >= 100
        let charts = area.width >= 120
        let window = state.portfolioCursor.window(height: area.height, count: pilots.count)
        let rows = pilots[window].map { pilot -> Table.Row in
            let insight = pilot.id.flatMap { state.insights[$0] }
            var cells: [Table.Cell] = [.init(pilot.key, style: theme.accent), .init(pilot.name)]
            if area.width >= 140 { cells.append(.init(pilot.useCase, style: theme.muted)) }
            cells.append(.init(stageCell(pilot.stage, wide: wide)))
            cells.append(.init(Format.status(pilot), style: Format.statusStyle(pilot.status, theme: theme)))
            cells.append(.init(
                Format.gate(insight?.readiness, naming: namesCriteria(width: area.width), width: gateWidth(width: area.width)), style: Format.readinessStyle(insight?.readiness, theme: theme)))
            if charts {
                cells.append(.init(headline(insight?.headline)))
                cells.append(.init(""))
            }
            let incidents = insight?.openIncidents ?? 0
            cells.append(.init(insight == nil ? "…" : String(incidents), style: incidents > 0 ? theme.bad : theme.muted))
            if area.width >= 80 { cells.append(.init(insight.map { Format.exposure($0.exposure) } ?? "…", style: theme.muted)) }
            return Table.Row(cells)
        }
        var table = Table(
            columns: layout.table, rows: rows, firstRowIndex: window.lowerBound, totalRows: pilots.count,
            selectedRow: pilots.isEmpty ? nil : state.portfolioCursor.selection, scrollOffset: state.portfolioCursor.offset)
        table.emptyMessage = state.mineOnly ? "You take part in no pilot yet." : "No pilots match. Esc clears the filter; a adds a pilot."
        canvas.render(table, in: area, theme: theme)
        if let spark = layout.spark {
            table.drawCharts(column: spark, into: &canvas, area: area, theme: theme) { sparkline(pilots[$0], state: state) }
        }
    }

    /// The compact pipeline for narrow screens, the stage name beside it for wide ones.
    static func stageCell(_ stage: Stage, wide: Bool) -> String {
        let dots = Stage.allCases.map { $0 <= stage ? "●" : "○" }.joined()
        return wide ? "\(dots) \(stage.rawValue)" : dots
    }

    static func headline(_ summary: MetricSummary?) -> String {
        guard let summary else { return "…" }
        let d = summary.definition
        let warn = summary.n > 0 && summary.n < 10 ? " n<10" : ""
        return "\(abbreviated(d.key)) \(Format.number(summary.value)) (\(d.target))\(warn)"
    }

    static func abbreviated(_ key: String) -> String { key.count > 10 ? String(key.prefix(9)) + "…" : key }

    /// Each visible row's trend against its target.
    static func sparkline(_ pilot: Pilot, state: AppState) -> Sparkline? {
        guard let summary = pilot.id.flatMap({ state.insights[$0] })?.headline, !summary.trend.isEmpty else { return nil }
        return Sparkline(
            summary.trend, target: summary.definition.target.threshold(baseline: summary.baseline),
            higherIsBetter: summary.definition.direction == .higher)
    }
}

/// The portfolio as a board: one column per stage, a card line per pilot.
enum BoardView {
    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let columns = state.boardColumns
        let rects = area.columns(Array(repeating: Length.fill(), count: columns.count), spacing: 1)
        for (index, rect) in rects.enumerated() {
            let stage = Stage.allCases[index]
            let focused = index == state.boardColumn
            canvas.write(
                "\(stage.rawValue) (\(columns[index].count))".truncated(toWidth: rect.width), x: rect.minX, y: rect.minY,
                style: focused ? theme.highlight : theme.header)
            let list = Rect(x: rect.minX, y: rect.minY + 1, width: rect.width, height: max(0, rect.height - 1))
            let rows = columns[index].map { pilot in
                Table.Row([.init(pilot.key, style: pilot.status == .active ? nil : Format.statusStyle(pilot.status, theme: theme))])
            }
            var table = Table(columns: [.init("", width: .fill())], rows: rows, selectedRow: focused && !rows.isEmpty ? state.portfolioCursor.selection : nil,
                scrollOffset: focused ? state.portfolioCursor.offset : 0)
            table.showsHeader = false
            table.isFocused = focused
            canvas.render(table, in: list, theme: theme)
        }
    }
}
