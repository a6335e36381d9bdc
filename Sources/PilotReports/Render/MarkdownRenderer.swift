import Foundation

/// A document as GitHub-flavoured Markdown; charts become sparklines, bars and grids of text.
enum MarkdownRenderer {
    static func render(_ document: ReportDocument) -> String {
        var lines = ["# \(Markdown.inline(document.title))", "", "_\(Markdown.inline(document.subtitle))_", ""]
        for section in document.sections {
            lines += ["## \(Markdown.inline(section.title))", ""]
            for block in section.blocks { lines += render(block) + [""] }
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ block: Block) -> [String] {
        switch block {
        case .facts(let facts):
            return facts.map { "- **\(Markdown.inline($0.label)):** \(Markdown.inline($0.value))" }
        case .passage(let title, let text):
            return ["### \(Markdown.inline(title))", "", Markdown.paragraph(text)]
        case .note(let tone, let text):
            let prefix = tone == .bad ? "**Warning:** " : tone == .caution ? "**Caution:** " : ""
            return ["> \(prefix)\(Markdown.paragraph(text))"]
        case .table(let table):
            return render(table)
        case .charts(let charts):
            return Array(charts.flatMap { render($0) + [""] }.dropLast())
        }
    }

    static func render(_ table: DataTable) -> [String] {
        guard !table.rows.isEmpty else { return ["**\(Markdown.inline(table.caption)):** \(Markdown.inline(table.emptyText))"] }
        return ["**\(Markdown.inline(table.caption))**", "", Markdown.row(table.columns.map(\.title)),
                "|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined()]
            + table.rows.map { Markdown.row($0.map(\.text)) }
    }

    static func render(_ chart: Chart) -> [String] {
        switch chart {
        case .trend(let trend):
            let line = trend.values.isEmpty ? "" : "`\(TextChart.sparkline(trend.values))` "
            return ["- \(line)\(Markdown.inline(chart.altText))"]
        case .bars(let bars):
            let largest = bars.bars.map(\.count).max() ?? 0
            return render(
                DataTable(
                    caption: bars.title, columns: [.init(title: "Label"), .init(title: "Count", numeric: true), .init(title: "")],
                    rows: bars.bars.map { [.init($0.label), .init(String($0.count)), .init(TextChart.bar($0.count, of: largest))] }))
        case .heatMap(let heatMap):
            let scale = heatMap.counts.count
            return render(
                DataTable(
                    caption: "\(heatMap.title) (rows: likelihood 5 to 1; columns: impact 1 to 5)",
                    columns: [.init(title: "Likelihood")] + (1...max(1, scale)).map { .init(title: "Impact \($0)", numeric: true) },
                    rows: heatMap.counts.enumerated().reversed().map { likelihood, row in
                        [.init(String(likelihood + 1))] + row.map { .init($0 == 0 ? "·" : String($0)) }
                    }))
        case .timeline:
            return [Markdown.paragraph(chart.altText)]
        }
    }
}
