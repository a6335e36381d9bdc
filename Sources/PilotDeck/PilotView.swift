import Foundation
import PilotKit
import TerminalKit

/// A pilot's detail screen: one tab of evidence at a time.
enum PilotView {
    static func tabs(_ state: AppState) -> Tabs {
        Tabs(PilotTab.allCases.map(\.title), selected: PilotTab.allCases.firstIndex(of: state.tab)!)
    }

    static func render(_ state: AppState, into canvas: inout Canvas, area: Rect, theme: Theme) {
        guard let detail = state.detail else {
            canvas.write("Loading…", x: area.minX + 1, y: area.minY, style: theme.muted)
            return
        }
        let cursor = state.cursor
        switch state.tab {
        case .overview: PilotOverview.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .scope: PilotScopeView.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .metrics: PilotMetricsView.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .feedback: PilotFeedbackView.render(state, detail, into: &canvas, area: area, theme: theme)
        case .risks: PilotRisksView.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .incidents: PilotIncidentsView.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .decisions: PilotDecisionsView.render(detail, cursor: cursor, into: &canvas, area: area, theme: theme)
        case .audit:
            let window = cursor.window(height: area.height, count: detail.audit.count)
            AuditView.table(
                Array(detail.audit[window]), total: detail.audit.count, offset: window.lowerBound, cursor: cursor, into: &canvas,
                area: area, theme: theme)
        }
    }

}

enum PilotOverview {
    /// One row of the Overview below its stage marker: a labelled value (wrapped lines after the
    /// first have no label), a heading, or an action-plan step.
    struct Line: Equatable {
        enum Kind { case field, heading, step }
        var kind: Kind
        var label = ""
        var text: String
    }

    static let labelWidth = 17

    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let pipeline = PipelineMarker(stages: Format.stageNames, current: d.pilot.stage.index)
        canvas.render(pipeline, in: Rect(x: area.minX + 1, y: area.minY, width: area.width - 2, height: 1), theme: theme)
        let body = scrolledArea(area)
        let all = lines(d, width: body.width)
        let offset = min(cursor.selection, max(0, all.count - body.height))
        for (row, line) in all.dropFirst(offset).prefix(body.height).enumerated() {
            let y = body.minY + row
            switch line.kind {
            case .field:
                canvas.write(line.label, x: body.minX + 1, y: y, style: theme.muted, clippedTo: body)
                canvas.write(line.text, x: body.minX + labelWidth + 2, y: y, style: theme.normal, clippedTo: body)
            case .heading: canvas.write(line.text, x: body.minX + 1, y: y, style: theme.header, clippedTo: body)
            case .step: canvas.write(line.text, x: body.minX + 3, y: y, style: theme.normal, clippedTo: body)
            }
        }
        if all.count > body.height {
            Scrollbar(offset: offset, visible: body.height, total: all.count)
                .render(into: &canvas, area: Rect(x: body.maxX - 1, y: body.minY, width: 1, height: body.height), theme: theme)
        }
    }

    /// Where the lines scroll: below the stage marker and a blank row.
    static func scrolledArea(_ area: Rect) -> Rect { area.inset(top: 2) }

    /// How far the Overview can scroll in `area`, plus one: the cursor's count on this tab.
    static func scrollPositions(_ d: PilotDetail, area: Rect) -> Int {
        let body = scrolledArea(area)
        return max(1, lines(d, width: body.width).count - body.height + 1)
    }

    /// Every line of the Overview at `width`, values wrapped beside their labels.
    static func lines(_ d: PilotDetail, width: Int) -> [Line] {
        let p = d.pilot
        let tool = d.tool
        let contract = tool.hosting.isVendorRun
            ? "BAA \(tool.baaSigned ? "signed" : "MISSING"), no-training clause \(tool.noTrainingClause ? "yes" : "MISSING"), retention \(tool.retentionDays) d"
            : "private hosting, retention \(tool.retentionDays) d"
        var status = p.status.rawValue + (p.statusReason.isEmpty ? "" : " — \(p.statusReason)")
        if p.needsRevalidation { status += " — needs revalidation (model changed)" }
        let fields = [
            ("Name", p.name), ("Use case", p.useCase), ("Status", status), ("Owner", p.ownerLogin),
            ("Tool", "\(tool.name) (\(tool.key)) by \(tool.vendor), \(tool.model) \(tool.version)"),
            ("Hosting", "\(tool.hosting.title); vetting \(tool.vetting.rawValue)"), ("Contract", contract),
            ("Cohort", "\(p.cohortSize) (cap \(d.playbook.plan(for: p.stage).cohortCap)), \(d.participants.enrolment)"),
            ("Sites", p.sites.joined(separator: ", ")), ("Problem", p.problem), ("Success criteria", p.successCriteria),
            ("Next gate", Format.nextGate(d.readiness)),
        ]
        var lines: [Line] = []
        for (label, value) in fields {
            let wrapped = value.wrapped(toWidth: max(1, width - labelWidth - 3))
            for (index, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                lines.append(Line(kind: .field, label: index == 0 ? label : "", text: text))
            }
        }
        let reviewed = p.actionPlanReviewedOn.map { "reviewed \($0)" } ?? "never reviewed"
        lines.append(Line(kind: .field, text: ""))
        lines.append(Line(kind: .heading, text: "Incident action plan (\(reviewed))"))
        for (index, step) in d.playbook.actionPlan.enumerated() {
            let clock = step.clockHours.map { " — within \($0) h" } ?? ""
            for (part, text) in "\(index + 1). \(step.title)\(clock)".wrapped(toWidth: max(1, width - 4)).enumerated() {
                lines.append(Line(kind: .step, text: part == 0 ? text : "   " + text))
            }
        }
        return lines
    }
}

enum PilotScopeView {
    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let next = d.pilot.stage.next.map { d.playbook.plan(for: $0).domains } ?? []
        let rows = d.catalogue.map { domain -> Table.Row in
            let inScope = d.scope.first { $0.domainKey == domain.key }
            let nextAccess = next.first { $0.domainKey == domain.key }
            let sensitivityStyle: Style = switch domain.sensitivity {
            case .restricted: theme.bad
            case .high: theme.warn
            default: theme.muted
            }
            return Table.Row([
                .init(inScope == nil ? " " : "●", style: theme.ok), .init(domain.name),
                .init(domain.sensitivity.rawValue, style: sensitivityStyle), .init(inScope?.access.rawValue ?? "–"),
                .init(nextAccess.map { inScope == nil || inScope!.access < $0.access ? "+\($0.access.rawValue)" : "" } ?? "", style: theme.accent),
            ], style: inScope == nil ? theme.muted : nil)
        }
        let table = Table(
            columns: [.init("", width: .fixed(1)), .init("DATA DOMAIN", width: .min(20)), .init("SENSITIVITY", width: .fixed(11)),
                      .init("ACCESS", width: .fixed(10)), .init("NEXT STAGE ADDS", width: .fixed(16))],
            rows: rows, selectedRow: cursor.selection, scrollOffset: cursor.offset)
        canvas.render(table, in: area, theme: theme)
    }
}

enum PilotMetricsView {
    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let layout = PilotTabLayout(.metrics, detail: d, body: area)
        let parts = [layout.list, layout.aside]
        let minSamples = d.playbook.minSamples
        let judgements = d.metrics.map { $0.judgement(minSamples: minSamples) }
        let rows = zip(d.metrics, judgements).map { m, judgement -> Table.Row in
            let status = CriterionStatus(judgement.status)
            return Table.Row([
                .init(m.definition.name), .init(Format.number(m.value)), .init(m.definition.unit, style: theme.muted),
                .init(m.n < minSamples ? "\(m.n)!" : String(m.n), style: m.n < minSamples ? theme.warn : nil),
                .init(m.definition.target.description), .init(""),
                .init(Format.status(status), style: Format.criterionStyle(status, theme: theme)), .init(""),
            ])
        }
        let table = Table(
            columns: [.init("METRIC", width: .min(17)), .init("VALUE", width: .fixed(6), alignment: .right), .init("UNIT", width: .fixed(7)),
                      .init("N", width: .fixed(5), alignment: .right), .init("TARGET", width: .fixed(12)),
                      .init("95% INTERVAL", width: .fixed(12)), .init("STATUS", width: .fixed(14)), .init("TREND", width: .fixed(12))],
            rows: rows, selectedRow: rows.isEmpty ? nil : cursor.selection, scrollOffset: cursor.offset)
        canvas.render(table, in: parts[0], theme: theme)
        table.drawCharts(column: 5, into: &canvas, area: parts[0], theme: theme) { index in
            whisker(judgements[index], theme: theme)
        }
        table.drawCharts(column: table.columns.count - 1, into: &canvas, area: parts[0], theme: theme) { index in
            let m = d.metrics[index]
            return Sparkline(m.trend, target: m.definition.target.threshold(baseline: m.baseline), higherIsBetter: m.definition.direction == .higher)
        }
        guard let m = d.metrics[safe: cursor.selection], parts[1].height > 2 else { return }
        let judgement = judgements[cursor.selection]
        canvas.write("\(m.definition.name) vs baseline and target (n=\(m.n)\(m.n < minSamples ? ", fewer than \(minSamples) samples: insufficient evidence" : ""))",
                     x: parts[1].minX + 1, y: parts[1].minY, style: theme.header, clippedTo: parts[1])
        let detail = GateEvaluator.detail(m, judgement).wrapped(toWidth: max(1, parts[1].width - 2)).prefix(3)
        for (offset, line) in detail.enumerated() {
            canvas.write(line, x: parts[1].minX + 1, y: parts[1].minY + 1 + offset,
                         style: Format.criterionStyle(CriterionStatus(judgement.status), theme: theme), clippedTo: parts[1])
        }
        var bars: [BarChart.Bar] = []
        if let base = m.baseline { bars.append(.init("baseline", value: base, valueText: Format.number(base))) }
        if let value = m.value { bars.append(.init("current", value: value, valueText: Format.number(value))) }
        canvas.render(
            BarChart(bars, target: m.definition.target.threshold(baseline: m.baseline), baseline: m.baseline),
            in: parts[1].inset(top: 1 + detail.count, left: 1, right: 1), theme: theme)
    }

    /// The interval the target is judged on (of the value, or of the difference from the
    /// baseline) against the threshold it must clear, coloured by what it says.
    static func whisker(_ judgement: TargetJudgement, theme: Theme) -> Whisker? {
        judgement.interval.map {
            Whisker(low: $0.low, high: $0.high, mark: judgement.threshold,
                    style: Format.criterionStyle(CriterionStatus(judgement.status), theme: theme))
        }
    }
}

enum PilotFeedbackView {
    static func render(_ state: AppState, _ d: PilotDetail, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let layout = PilotTabLayout(.feedback, detail: d, body: area)
        summary(d, into: &canvas, area: layout.aside, theme: theme)
        let items = state.visibleFeedback
        let list = layout.list
        let window = state.cursor.window(height: list.height, count: items.count)
        let rows = items[window].map { f in
            Table.Row([
                .init(String(f.rating), style: theme.rating(f.rating)), .init(f.category.rawValue), .init(f.tags.map(\.rawValue).joined(separator: ",")),
                .init(f.authorLogin, style: theme.muted), .init(f.text.replacingOccurrences(of: "\n", with: " ")),
            ])
        }
        var table = Table(
            columns: [.init("★", width: .fixed(1)), .init("CATEGORY", width: .fixed(15)), .init("TAGS", width: .fixed(12)),
                      .init("BY", width: .fixed(10)), .init("COMMENT (Enter: full text)", width: .min(20))],
            rows: rows, firstRowIndex: window.lowerBound, totalRows: items.count, selectedRow: items.isEmpty ? nil : state.cursor.selection,
            scrollOffset: state.cursor.offset)
        table.emptyMessage = "No feedback yet. f logs some."
        canvas.render(table, in: list, theme: theme)
    }

    /// Rows the summary takes above the list.
    static func summaryHeight(_ d: PilotDetail) -> Int { 4 + min(3, d.feedbackTallies.byStage.count) }

    /// Rating distribution overall and per stage, counts by category and tag, and the weekly trend.
    @discardableResult
    static func summary(_ d: PilotDetail, into canvas: inout Canvas, area: Rect, theme: Theme) -> Int {
        let t = d.feedbackTallies
        let mean = t.averageRating.map { String(format: "%.1f", $0) } ?? "–"
        let barWidth = min(50, max(10, area.width / 2 - 14))
        func line(_ y: Int, _ label: String, _ counts: [Int]) {
            canvas.write(label.fitted(toWidth: 12), x: area.minX + 1, y: y, style: theme.muted, clippedTo: area)
            canvas.render(Likert(counts: counts), in: Rect(x: area.minX + 14, y: y, width: barWidth, height: 1), theme: theme)
        }
        line(area.minY, "all (\(mean))", t.ratings)
        let stages = Stage.allCases.filter { t.byStage[$0] != nil }.suffix(3)
        for (offset, stage) in stages.enumerated() { line(area.minY + 1 + offset, stage.rawValue, t.byStage[stage]!) }
        var y = area.minY + 1 + stages.count
        let categories = FeedbackCategory.allCases.compactMap { c in t.categories[c].map { "\(c.rawValue) \($0)" } }
        canvas.write("categories: " + categories.joined(separator: " · "), x: area.minX + 1, y: y, style: theme.normal, clippedTo: area)
        y += 1
        let tags = EditTag.allCases.compactMap { tag in t.tags[tag].map { "\(tag.rawValue) \($0)" } }
        canvas.write("edit tags: " + (tags.isEmpty ? "none" : tags.joined(separator: " · ")), x: area.minX + 1, y: y, style: theme.normal, clippedTo: area)
        y += 1
        let trend = weeklyMeans(d.feedback)
        let label = "weekly mean rating (latest \(d.feedback.count) of \(d.feedbackCount)): "
        let x = canvas.write(label, x: area.minX + 1, y: y, style: theme.muted, clippedTo: area)
        canvas.render(Sparkline(trend, range: 1...5), in: Rect(x: x, y: y, width: max(0, min(trend.count, area.maxX - x)), height: 1), theme: theme)
        return y + 1 - area.minY
    }

    /// Mean rating per week, oldest first, from the loaded entries.
    static func weeklyMeans(_ feedback: [Feedback]) -> [Double] {
        let weeks = Dictionary(grouping: feedback) { Int($0.createdAt.timeIntervalSince1970 / (7 * 86_400)) }
        return weeks.keys.sorted().map { week in
            let ratings = weeks[week]!.map(\.rating)
            return Double(ratings.reduce(0, +)) / Double(ratings.count)
        }
    }
}

enum PilotRisksView {
    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let layout = PilotTabLayout(.risks, detail: d, body: area)
        let parts = [layout.list, layout.aside]
        let rows = d.risks.map { r -> Table.Row in
            let style = r.score >= 15 ? theme.riskHigh : r.score >= 8 ? theme.riskMedium : theme.riskLow
            return Table.Row([
                .init(String(r.score), style: style), .init("\(r.likelihood)×\(r.impact)", style: theme.muted), .init(r.category.rawValue),
                .init(r.status.rawValue), .init(r.title), .init(r.mitigation.isEmpty ? "NO MITIGATION" : r.mitigation, style: r.mitigation.isEmpty ? theme.bad : theme.muted),
            ])
        }
        var table = Table(
            columns: [.init("SCORE", width: .fixed(5), alignment: .right), .init("L×I", width: .fixed(3)), .init("CATEGORY", width: .fixed(11)),
                      .init("STATUS", width: .fixed(9)), .init("RISK", width: .min(20)), .init("MITIGATION", width: .fill())],
            rows: rows, selectedRow: rows.isEmpty ? nil : cursor.selection, scrollOffset: cursor.offset)
        table.emptyMessage = "No risks recorded. a adds one."
        canvas.render(table, in: parts[0], theme: theme)
        let open = d.risks.filter(\.status.isOpen).map { (likelihood: $0.likelihood, impact: $0.impact) }
        let selected = d.risks[safe: cursor.selection].map { (likelihood: $0.likelihood, impact: $0.impact) }
        var map = Heatmap(risks: open)
        map.selected = selected
        canvas.write("Open risks: likelihood × impact (threshold \(d.playbook.riskThreshold))", x: parts[1].minX + 1, y: parts[1].minY, style: theme.header, clippedTo: parts[1])
        canvas.render(map, in: parts[1].inset(top: 1, left: 1), theme: theme)
    }
}

enum PilotIncidentsView {
    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let layout = PilotTabLayout(.incidents, detail: d, body: area)
        let parts = [layout.list, layout.aside]
        let rows = d.incidents.map { i in
            Table.Row([
                .init("#\(i.id ?? 0)"), .init(i.severity.rawValue, style: i.severity.pausesPilot ? theme.bad : theme.warn), .init(i.kind.rawValue),
                .init(i.status.rawValue, style: i.status.isResolved ? theme.muted : theme.bad), .init(Format.day(i.openedAt)), .init(i.summary),
            ])
        }
        var table = Table(
            columns: [.init("ID", width: .fixed(5)), .init("SEVERITY", width: .fixed(8)), .init("KIND", width: .fixed(19)),
                      .init("STATUS", width: .fixed(9)), .init("OPENED", width: .fixed(10)), .init("SUMMARY", width: .min(16))],
            rows: rows, selectedRow: rows.isEmpty ? nil : cursor.selection, scrollOffset: cursor.offset)
        table.emptyMessage = "No incidents. a reports one; high or critical pauses the pilot at once."
        canvas.render(table, in: parts[0], theme: theme)
        guard let incident = d.incidents[safe: cursor.selection] else { return }
        canvas.write("Action plan for #\(incident.id ?? 0)", x: parts[1].minX + 1, y: parts[1].minY, style: theme.header, clippedTo: parts[1])
        for (index, step) in d.playbook.actionPlan.enumerated() where parts[1].minY + 1 + index < parts[1].maxY {
            let done = incident.stepsDone.contains(index + 1)
            let y = parts[1].minY + 1 + index
            // The overdue mark stays in sight: the step's text gives way to it.
            let overdue = step.overdue(number: index + 1, of: incident, now: d.readAt).map { "  " + $0 } ?? ""
            let line = "[\(done ? "x" : " ")] " + StepClock.line(step, number: index + 1, openedAt: incident.openedAt)
            let x = canvas.write(
                line.truncated(toWidth: max(0, parts[1].width - 2 - overdue.displayWidth)), x: parts[1].minX + 2, y: y,
                style: done ? theme.muted : theme.normal, clippedTo: parts[1])
            canvas.write(overdue, x: x, y: y, style: theme.bad, clippedTo: parts[1])
        }
    }
}

enum PilotDecisionsView {
    static func render(_ d: PilotDetail, cursor: ListCursor, into canvas: inout Canvas, area: Rect, theme: Theme) {
        let layout = PilotTabLayout(.decisions, detail: d, body: area)
        let r = d.readiness
        let title = r.to.map { "Gate \(r.from.rawValue) → \($0.rawValue): \(r.blocked ? "BLOCKED" : r.ready ? "READY" : "not ready")" } ?? "In general use: no further gate"
        canvas.write(title, x: layout.aside.minX + 1, y: layout.aside.minY, style: r.ready ? theme.ok : r.blocked ? theme.bad : theme.warn, clippedTo: layout.aside)
        var rows = r.criteria.map { c in
            Table.Row([.init(Format.status(c.status), style: Format.criterionStyle(c.status, theme: theme)), .init(c.name), .init(c.detail, style: theme.muted)])
        }
        rows += d.decisions.reversed().map { decision in
            Table.Row([
                .init(Format.day(decision.decidedAt), style: theme.muted),
                .init("\(decision.kind.rawValue)\(decision.isOverride ? " OVERRIDE" : "")", style: decision.isOverride ? theme.bad : theme.accent),
                .init("\(decision.kind.stageChange(from: decision.fromStage, to: decision.toStage)) by \(decision.decidedBy): \(decision.rationale)"),
            ])
        }
        let table = Table(
            columns: [.init("STATUS", width: .fixed(14)), .init("CRITERION / DECISION", width: .fixed(24)), .init("DETAIL", width: .min(20))],
            rows: rows, selectedRow: rows.isEmpty ? nil : cursor.selection, scrollOffset: cursor.offset)
        canvas.render(table, in: layout.list, theme: theme)
    }
}
