import Foundation

/// A document as one self-contained HTML5 file: inline CSS and SVG, no scripts, no fonts, images
/// or anything else fetched, a policy forbidding all of that should escaping ever fail, and print
/// styles that fit both A4 and Letter.
enum HTMLRenderer {
    static func render(_ document: ReportDocument) -> String {
        var charts = 0
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Pilotdeck\">",
            "<title>\(HTML.escape(document.title))</title>",
            "<style>",
            stylesheet,
            "</style>",
            "</head>",
            "<body\(document.pageBreaks ? " class=\"paged\"" : "")>",
            "<header>",
            "<h1>\(HTML.lines(document.title))</h1>",
            "<p class=\"subtitle\">\(HTML.lines(document.subtitle))</p>",
            "<nav aria-label=\"Sections\"><ul>",
        ]
        lines += document.sections.map { "<li><a href=\"#\($0.id)\">\(HTML.escape($0.title))</a></li>" }
        lines += ["</ul></nav>", "</header>", "<main>"]
        for section in document.sections {
            lines.append("<section id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\">")
            lines.append("<h2 id=\"\(section.id)-h\">\(HTML.escape(section.title))</h2>")
            for block in section.blocks { lines += render(block, charts: &charts) }
            lines.append("</section>")
        }
        lines += ["</main>", "</body>", "</html>", ""]
        return lines.joined(separator: "\n")
    }

    static func render(_ block: Block, charts: inout Int) -> [String] {
        switch block {
        case .facts(let facts):
            return ["<dl class=\"facts\">"]
                + facts.map { "<div><dt>\(HTML.escape($0.label))</dt><dd\(toneClass($0.tone))>\(HTML.lines($0.value))</dd></div>" }
                + ["</dl>"]
        case .passage(let title, let text):
            return ["<h3>\(HTML.escape(title))</h3>", "<p>\(HTML.lines(text))</p>"]
        case .note(let tone, let text):
            let prefix = tone == .bad ? "<strong>Warning:</strong> " : tone == .caution ? "<strong>Caution:</strong> " : ""
            return ["<p class=\"note \(tone.rawValue)\" role=\"note\">\(prefix)\(HTML.lines(text))</p>"]
        case .table(let table):
            return render(table)
        case .charts(let list):
            return ["<div class=\"charts\">"]
                + list.map { chart in
                    charts += 1
                    return "<figure>\n\(SVGChart.render(chart, id: "chart-\(charts)"))\n<figcaption>\(HTML.escape(chart.title))</figcaption>\n</figure>"
                }
                + ["</div>"]
        }
    }

    static func render(_ table: DataTable) -> [String] {
        guard !table.rows.isEmpty else {
            return ["<p class=\"empty\"><strong>\(HTML.escape(table.caption)):</strong> \(HTML.escape(table.emptyText))</p>"]
        }
        func cellClass(_ column: DataTable.Column, _ cell: DataTable.Cell) -> String {
            let names = (column.numeric ? ["num"] : []) + (cell.tone == .plain ? [] : [cell.tone.rawValue])
            return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
        }
        var lines = ["<table>", "<caption>\(HTML.escape(table.caption))</caption>", "<thead>", "<tr>"]
        lines += table.columns.map { "<th scope=\"col\"\(cellClass($0, ""))>\(HTML.escape($0.title))</th>" }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for row in table.rows {
            let cells = zip(table.columns, row).enumerated().map { index, pair in
                let (column, cell) = pair
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                return "<\(tag)\(cellClass(column, cell))>\(HTML.lines(cell.text))</\(index == 0 ? "th" : "td")>"
            }
            lines.append("<tr>\(cells.joined())</tr>")
        }
        return lines + ["</tbody>", "</table>"]
    }

    static func toneClass(_ tone: Tone) -> String { tone == .plain ? "" : " class=\"\(tone.rawValue)\"" }

    /// Print: no paper size is forced, so the printer's A4 or Letter is used; margins and widths
    /// fit the narrower of the two, and each section of a paged report after the first (which
    /// shares the title's sheet) starts a new one. Cells break anywhere, so long unbroken data
    /// cannot widen a table off the page; column headers wrap at spaces only, else a narrow
    /// column splits its header mid-word ("Stag e").
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #1f2328; background: #ffffff; margin: 0 auto; padding: 1.5rem; max-width: 60rem; }
        h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid #1f2328; padding-bottom: 0.2rem; margin: 1.8rem 0 0.8rem; }
        h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
        p { margin: 0.3rem 0 0.8rem; overflow-wrap: anywhere; }
        .subtitle { color: #57606a; margin-bottom: 0.6rem; }
        nav ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.9rem; }
        a { color: #0b5cad; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1.2rem; margin: 0.5rem 0 1rem; }
        dl.facts div { display: contents; }
        dt { font-weight: 600; }
        dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.2rem; font-size: 0.92rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #f0f2f4; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .good { color: #116329; }
        .caution { color: #7d4e00; }
        .bad { color: #a40e26; font-weight: 600; }
        .note { border-left: 4px solid #d0d7de; padding: 0.3rem 0.6rem; background: #f6f8fa; }
        .note.good { border-color: #1a7f37; }
        .note.caution { border-color: #bf8700; }
        .note.bad { border-color: #cf222e; }
        .empty { color: #57606a; }
        .charts { display: flex; flex-wrap: wrap; gap: 0.8rem 1.2rem; margin: 0.5rem 0 1rem; }
        figure { margin: 0; }
        figcaption { font-size: 0.85rem; color: #57606a; max-width: 320px; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: inherit; font-size: 11px; fill: #1f2328; }
        svg text.small { font-size: 9px; }
        svg text.count { font-size: 13px; font-weight: 600; }
        .axis { stroke: #57606a; stroke-width: 1; }
        .grid { stroke: #d0d7de; stroke-width: 1; }
        .series { stroke: #0b5cad; stroke-width: 2; fill: none; }
        .point { fill: #0b5cad; }
        .target { stroke: #cf222e; stroke-width: 1.5; stroke-dasharray: 6 3; }
        .baseline { stroke: #57606a; stroke-width: 1.5; stroke-dasharray: 2 3; }
        .interval { stroke: #0b5cad; stroke-width: 2; }
        .bar { fill: #0b5cad; }
        .cell { stroke: #ffffff; stroke-width: 2; }
        .band-low { fill: #d1f0d9; }
        .band-medium { fill: #fbe5a6; }
        .band-high { fill: #f6c1c4; }
        @page { margin: 14mm 12mm; }
        @media print {
          body { padding: 0; max-width: none; font-size: 9.5pt; }
          nav { display: none; }
          * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
          body.paged main > section + section { break-before: page; page-break-before: always; }
          h2, h3, caption { break-after: avoid; page-break-after: avoid; }
          tr, figure, dl.facts div, .note { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
