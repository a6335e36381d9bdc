import Foundation
import PilotKit

extension PortfolioReport {
    /// The portfolio's content, laid out once for HTML and Markdown, to fit one page.
    var document: ReportDocument {
        ReportDocument(
            title: "Portfolio report",
            subtitle: "\(Display.count(pilots.count, "pilot")) · generated \(Display.timestamp(fingerprint.generatedAt))",
            sections: [pipelineSection, pilotsSection, dueSection, blockersSection, fingerprint.section],
            pageBreaks: false)
    }

    var pipelineSection: ReportDocument.Section {
        let pipeline = pipeline
        return .init(
            id: "pipeline", title: "Stage pipeline",
            blocks: [
                .charts([.bars(Chart.Bars(title: "Pilots per stage", bars: pipeline.map { .init(label: $0.stage.title, count: $0.total) }))]),
                .table(
                    DataTable(
                        caption: "Pilots per stage and status",
                        columns: [.init(title: "Stage"), .init(title: "Pilots", numeric: true)]
                            + PilotStatus.allCases.map { .init(title: $0.title.prefix(1).uppercased() + $0.title.dropFirst(), numeric: true) },
                        rows: pipeline.map { stage in
                            [.init(stage.stage.title), .init(String(stage.total))] + stage.counts.map { .init(String($0.count)) }
                        })),
            ])
    }

    var pilotsSection: ReportDocument.Section {
        .init(
            id: "pilots", title: "Pilots",
            blocks: [
                .table(
                    DataTable(
                        caption: "Every pilot, by key",
                        columns: [
                            .init(title: "Pilot"), .init(title: "Stage"), .init(title: "Status"), .init(title: "Gate"),
                            .init(title: "Headline metric"), .init(title: "Open incidents"), .init(title: "Open risks"),
                            .init(title: "Next review"),
                        ],
                        rows: pilots.map { entry in
                            let gate = Display.readiness(entry.readiness)
                            return [
                                .init("\(entry.key) \(entry.name)"), .init(entry.stage.title),
                                .init(
                                    entry.needsRevalidation
                                        ? "\(Display.status(entry.status, reason: entry.statusReason)); needs revalidation"
                                        : Display.status(entry.status, reason: entry.statusReason),
                                    tone: entry.status == .active && !entry.needsRevalidation ? .plain : .bad),
                                .init(gate.text, tone: gate.tone), entry.headlineCell, entry.incidentsCell, entry.risksCell,
                                .init(Display.day(entry.nextReviewOn)),
                            ]
                        },
                        emptyText: "No pilots yet."))
            ])
    }

    var dueSection: ReportDocument.Section {
        .init(
            id: "due", title: "Decisions due",
            blocks: [
                .table(
                    DataTable(
                        caption: "Reviews and gates waiting for a decision, soonest first",
                        columns: [.init(title: "Pilot"), .init(title: "Due"), .init(title: "Why")],
                        rows: due.map { item in
                            [
                                .init("\(item.pilot.key) \(item.pilot.name)"),
                                .init(item.on.map { item.overdue ? "\($0), overdue" : $0.description } ?? "now", tone: item.overdue ? .bad : .plain),
                                .init(item.reason),
                            ]
                        },
                        emptyText: "Nothing is due."))
            ])
    }

    var blockersSection: ReportDocument.Section {
        let waiting = pilots.filter { $0.readiness.to != nil && !$0.readiness.ready && $0.status != .retired }
        return .init(
            id: "blockers", title: "What keeps gates closed",
            blocks: [
                .table(
                    DataTable(
                        caption: "Unmet criteria of each pilot's next gate",
                        columns: [.init(title: "Pilot"), .init(title: "Gate"), .init(title: "Unmet criteria")],
                        rows: waiting.map { entry in
                            [
                                .init(entry.key), .init(entry.readiness.to?.title ?? Display.missing),
                                .init(entry.readiness.unmet.map { "\($0.name) (\($0.status.title))" }.joined(separator: "\n")),
                            ]
                        },
                        emptyText: "Every gate is ready or there is none."))
            ])
    }
}

extension PortfolioEntry {
    var headlineCell: DataTable.Cell {
        guard let metric = headline else { return .init(Display.missing) }
        let value = metric.value == nil ? "no value" : "\(Display.measure(metric.value, unit: metric.unit)) (n=\(metric.n))"
        return .init(
            "\(metric.name): \(value), target \(metric.targetText); \(metric.status.title)",
            tone: Display.tone(metric.status))
    }

    var incidentsCell: DataTable.Cell {
        guard let severity = highestOpenSeverity else { return .init("none") }
        return .init("\(openIncidents) (worst: \(severity.title))", tone: severity.pausesPilot ? .bad : .caution)
    }

    var risksCell: DataTable.Cell {
        guard let score = highestOpenRiskScore else { return .init("none") }
        return .init("\(openRisks) (top score \(score))")
    }
}
