import Foundation
import PilotKit

extension StageReport {
    /// The stage report's content, laid out once for HTML and Markdown.
    var document: ReportDocument {
        ReportDocument(
            title: "Stage report: \(pilot.key) \(pilot.name)",
            subtitle: "\(pilot.useCase) · \(pilot.stage.title) · \(Display.status(pilot.status, reason: pilot.statusReason)) · "
                + "generated \(Display.timestamp(fingerprint.generatedAt))",
            sections: [
                summarySection, toolSection, historySection, exposureSection, metricsSection, readinessSection,
                feedbackSection, risksSection, incidentsSection, decisionsSection, fingerprint.section,
            ],
            pageBreaks: true)
    }

    var summarySection: ReportDocument.Section {
        let readinessLine = Display.readiness(readiness)
        var blocks: [Block] = []
        if pilot.status == .paused { blocks.append(.note(.bad, "Paused: \(pilot.statusReason)")) }
        if pilot.needsRevalidation { blocks.append(.note(.bad, "The tool's model or version changed in general use: the pilot must be revalidated.")) }
        blocks += [
            .facts([
                Fact(label: "Pilot", value: pilot.key),
                Fact(label: "Name", value: pilot.name),
                Fact(label: "Use case", value: pilot.useCase),
                Fact(label: "Playbook", value: pilot.playbook),
                Fact(label: "Owner", value: pilot.owner),
                Fact(label: "Stage", value: pilot.stage.title),
                Fact(label: "Status", value: Display.status(pilot.status, reason: pilot.statusReason), tone: pilot.status == .active ? .plain : .bad),
                Fact(label: "Started", value: pilot.startedOn.description),
                Fact(label: "Next review", value: Display.day(pilot.nextReviewOn)),
                Fact(label: "Gate", value: readinessLine.text, tone: readinessLine.tone),
                Fact(label: "Cohort", value: "\(cohort.size) of at most \(cohort.cap) at this stage", tone: cohort.size > cohort.cap ? .bad : .plain),
                Fact(
                    label: "Participants",
                    value: "\(cohort.participants), \(Display.count(cohort.personalAccounts, "personal account"))",
                    tone: cohort.personalAccounts > 0 ? .bad : .plain),
                Fact(label: "Sites", value: cohort.sites.isEmpty ? Display.missing : cohort.sites.joined(separator: ", ")),
            ]),
            .passage(title: "Problem", text: pilot.problem.isEmpty ? "Not stated." : pilot.problem),
            .passage(title: "Success criteria", text: pilot.successCriteria.isEmpty ? "Not stated." : pilot.successCriteria),
        ]
        return .init(id: "summary", title: "Summary", blocks: blocks)
    }

    var toolSection: ReportDocument.Section {
        let notes: [Block] = tool.contractProblems.isEmpty
            ? [.note(.good, "Hosting and contract meet rule 1 (private instance or protected vendor).")]
            : tool.contractProblems.map { .note(.bad, "Rule 1: \($0).") }
        return .init(
            id: "tool", title: "Tool, hosting and contract",
            blocks: notes + [
                .facts([
                    Fact(label: "Tool", value: "\(tool.key) \(tool.name)"),
                    Fact(label: "Vendor", value: tool.vendor),
                    Fact(label: "Model", value: "\(tool.model) \(tool.version)"),
                    Fact(label: "Hosting", value: tool.hosting.title, tone: tool.hosting == .publicConsumer ? .bad : .plain),
                    Fact(label: "Business associate agreement", value: tool.baaSigned ? "signed" : "not signed"),
                    Fact(label: "No-training clause", value: Display.yesNo(tool.noTrainingClause)),
                    Fact(label: "Data retention", value: Display.count(tool.retentionDays, "day")),
                    Fact(label: "Vetting", value: tool.vetting.title, tone: tool.vetting.isApproved ? .good : .bad),
                ])
            ])
    }

    var historySection: ReportDocument.Section {
        .init(
            id: "history", title: "Stage history",
            blocks: [
                .charts([
                    .timeline(
                        Chart.Timeline(
                            title: "Stages over time",
                            steps: timeline.map { .init(on: $0.on, stage: $0.stage, label: $0.decision?.title ?? "start") },
                            end: Day(fingerprint.generatedAt)))
                ]),
                .table(
                    DataTable(
                        caption: "Start and gate decisions",
                        columns: [.init(title: "Date"), .init(title: "Stage"), .init(title: "Status"), .init(title: "Decision")],
                        rows: timeline.map { event in
                            [
                                .init(event.on.description), .init(event.stage.title), .init(event.status.title),
                                event.isOverride
                                    ? .init("\(event.decision?.title ?? "start") (override)", tone: .bad)
                                    : .init(event.decision?.title ?? "start"),
                            ]
                        })),
            ])
    }

    var exposureSection: ReportDocument.Section {
        var blocks: [Block] = []
        if exposure.domains.contains(where: { $0.sensitivity == .restricted }) {
            blocks.append(.note(.caution, "Restricted domains are in scope: each needed an explicit privacy sign-off."))
        }
        blocks += [
            .table(
                DataTable(
                    caption: "Data domains in scope",
                    columns: [.init(title: "Domain"), .init(title: "Sensitivity"), .init(title: "Access")],
                    rows: exposure.domains.map {
                        [.init($0.name), .init($0.sensitivity.title, tone: $0.sensitivity == .restricted ? .bad : .plain), .init($0.access.title)]
                    },
                    emptyText: "No data domains in scope.")),
            .table(
                DataTable(
                    caption: "Exposure by sensitivity against the catalogue",
                    columns: [.init(title: "Sensitivity"), .init(title: "In scope", numeric: true), .init(title: "In catalogue", numeric: true)],
                    rows: exposure.levels.map { [.init($0.sensitivity.title), .init(String($0.inScope)), .init(String($0.inCatalogue))] })),
        ]
        return .init(id: "exposure", title: "Data scope and exposure", blocks: blocks)
    }

    var metricsSection: ReportDocument.Section {
        var blocks: [Block] = []
        let few = metrics.filter(\.fewSamples)
        if !few.isEmpty {
            blocks.append(.note(.caution, "\(Display.count(few.count, "metric")) rest on fewer than \(minSamples) samples: small samples mislead."))
        }
        blocks.append(
            .table(
                DataTable(
                    caption: "Metrics at \(pilot.stage.title) against baseline and target",
                    columns: [
                        .init(title: "Metric"), .init(title: "Value", numeric: true), .init(title: "95% interval", numeric: true),
                        .init(title: "Baseline", numeric: true), .init(title: "Difference (95%)", numeric: true), .init(title: "Target"),
                        .init(title: "Status"), .init(title: "Next gate"),
                    ],
                    rows: metrics.map { metric in
                        [
                            .init(metric.name), metric.valueCell, .init(metric.intervalText), metric.baselineCell,
                            .init(metric.differenceText), .init(metric.targetText), metric.statusCell,
                            .init(metric.gated ? "required" : Display.missing),
                        ]
                    },
                    emptyText: "The playbook defines no metrics.")))
        let measured = metrics.filter { !$0.trend.isEmpty }
        if !measured.isEmpty { blocks.append(.charts(measured.map(\.trendChart))) }
        return .init(id: "metrics", title: "Metrics", blocks: blocks)
    }

    var readinessSection: ReportDocument.Section {
        let line = Display.readiness(readiness)
        var blocks: [Block] = []
        if readiness.blocked { blocks.append(.note(.bad, "Blocked: an open high or critical incident, or a pause, blocks every gate.")) }
        blocks += [
            .facts([
                Fact(label: "Gate", value: readiness.to.map { "\(readiness.from.title) to \($0.title)" } ?? "none: in general use"),
                Fact(label: "Standing", value: line.text, tone: line.tone),
            ]),
            .table(
                DataTable(
                    caption: "Gate criteria",
                    columns: [.init(title: "Criterion"), .init(title: "Status"), .init(title: "Detail")],
                    rows: readiness.criteria.map {
                        [.init($0.name), .init($0.status.title, tone: Display.tone($0.status)), .init($0.detail)]
                    },
                    emptyText: "No further gate.")),
            .table(SignOffLine.table(caption: "Sign-offs given for this gate", pendingSignOffs, emptyText: "No sign-offs given yet.")),
        ]
        return .init(id: "readiness", title: "Gate readiness", blocks: blocks)
    }

    var feedbackSection: ReportDocument.Section {
        var facts = [Fact(label: "Entries", value: String(feedback.total))]
        if feedback.summarized < feedback.total {
            facts.append(Fact(label: "Summarized", value: "the newest \(feedback.summarized) of \(feedback.total)", tone: .caution))
        }
        facts.append(Fact(label: "Average rating", value: feedback.averageRating.map { "\(Display.number($0)) of 5" } ?? Display.missing))
        let tallies: (String, [(String, Int)]) -> DataTable = { caption, counts in
            DataTable(
                caption: caption, columns: [.init(title: "Label"), .init(title: "Entries", numeric: true)],
                rows: counts.map { [.init($0.0), .init(String($0.1))] })
        }
        return .init(
            id: "feedback", title: "Clinician feedback",
            blocks: [
                .facts(facts),
                .charts([
                    .bars(Chart.Bars(title: "Ratings (1 poor, 5 excellent)", bars: feedback.ratings.map { .init(label: String($0.key), count: $0.count) }))
                ]),
                .table(tallies("Entries by category", feedback.categories.map { ($0.key.title, $0.count) })),
                .table(tallies("Edits needed, by tag", feedback.tags.map { ($0.key.title, $0.count) })),
                .note(.plain, "Comments are stored only after the PHI guard; placeholders such as [NAME] or [DATE] mark what it removed."),
                .table(
                    DataTable(
                        caption: "The newest comment in each category",
                        columns: [
                            .init(title: "Category"), .init(title: "Rating", numeric: true), .init(title: "Tags"), .init(title: "Date"),
                            .init(title: "Comment"),
                        ],
                        rows: feedback.comments.map { comment in
                            [
                                .init(comment.category.title, tone: comment.category.suggestsIncident ? .bad : .plain),
                                .init(String(comment.rating)), .init(comment.tags.map(\.title).joined(separator: ", ")),
                                .init(Day(comment.createdAt).description),
                                .init(
                                    comment.redactedKinds.isEmpty
                                        ? comment.text : "\(comment.text)\n(redacted: \(comment.redactedKinds.joined(separator: ", ")))"),
                            ]
                        },
                        emptyText: "No comments yet.")),
            ])
    }

    var risksSection: ReportDocument.Section {
        .init(
            id: "risks", title: "Risks",
            blocks: [
                .charts([.heatMap(Chart.HeatMap(title: "Risks not closed, likelihood by impact", counts: risks.heatMap))]),
                .table(
                    DataTable(
                        caption: "Risk register (open risks above \(risks.threshold) need a mitigation)",
                        columns: [
                            .init(title: "Risk"), .init(title: "Category"), .init(title: "Likelihood", numeric: true),
                            .init(title: "Impact", numeric: true), .init(title: "Score", numeric: true), .init(title: "Status"),
                            .init(title: "Owner"), .init(title: "Mitigation"),
                        ],
                        rows: risks.entries.map { risk in
                            let exposed = risk.status.isOpen && risk.score > risks.threshold
                            return [
                                .init("#\(risk.id) \(risk.title)"), .init(risk.category.title), .init(String(risk.likelihood)),
                                .init(String(risk.impact)), .init(String(risk.score), tone: exposed ? .bad : .plain),
                                .init(risk.status.title), .init(risk.owner),
                                .init(risk.mitigation.isEmpty ? "none" : risk.mitigation, tone: exposed && risk.mitigation.isEmpty ? .bad : .plain),
                            ]
                        },
                        emptyText: "The register is empty.")),
            ])
    }

    var incidentsSection: ReportDocument.Section {
        .init(
            id: "incidents", title: "Incidents",
            blocks: [
                .table(
                    DataTable(
                        caption: "Incidents, newest first",
                        columns: [
                            .init(title: "Incident"), .init(title: "Opened"), .init(title: "Severity"), .init(title: "Kind"),
                            .init(title: "Status"), .init(title: "Action plan"), .init(title: "Summary"),
                        ],
                        rows: incidents.map { incident in
                            [
                                .init("#\(incident.id)"), .init("\(Display.timestamp(incident.openedAt)) by \(incident.openedBy)"),
                                .init(incident.severity.title, tone: incident.severity.pausesPilot ? .bad : .caution),
                                .init(incident.kind.title),
                                .init(
                                    incident.closedAt.map { "\(incident.status.title) \(Display.timestamp($0))" } ?? incident.status.title,
                                    tone: incident.status.isResolved ? .good : .bad),
                                .init("\(incident.stepsDone) of \(incident.stepsTotal) steps"), .init(incident.summary),
                            ]
                        },
                        emptyText: "No incidents recorded."))
            ])
    }

    var decisionsSection: ReportDocument.Section {
        .init(
            id: "decisions", title: "Decisions and sign-offs",
            blocks: [
                .table(
                    DataTable(
                        caption: "Gate decisions, oldest first",
                        columns: [
                            .init(title: "Decision"), .init(title: "Date"), .init(title: "Gate"), .init(title: "Outcome"),
                            .init(title: "By"), .init(title: "Evidence then"), .init(title: "Rationale"), .init(title: "Conditions"),
                        ],
                        rows: decisions.map { decision in
                            [
                                .init("#\(decision.id)"), .init(Display.timestamp(decision.decidedAt)),
                                .init(decision.kind.stageChange(from: decision.from, to: decision.to, names: \.title, arrow: " to ")),
                                decision.isOverride
                                    ? .init("\(decision.kind.title), override of an unready gate", tone: .bad)
                                    : .init(decision.kind.title, tone: decision.kind.advances ? .good : .caution),
                                .init(decision.decidedBy), .init(decision.evidenceText), .init(decision.rationale),
                                .init(decision.conditions.isEmpty ? Display.missing : decision.conditions),
                            ]
                        },
                        emptyText: "No gate decisions yet.")),
                .table(
                    SignOffLine.table(
                        caption: "Sign-offs consumed by decisions", decisions.flatMap(\.signOffs),
                        emptyText: "No sign-offs consumed yet.")),
            ])
    }
}

extension MetricLine {
    /// The value with its n beside it, flagged when the sample is too small to trust.
    var valueCell: DataTable.Cell {
        let text = value == nil ? Display.missing : "\(Display.measure(value, unit: unit)) (n=\(n))"
        return .init(fewSamples && value != nil ? "\(text), few samples" : text, tone: fewSamples ? .caution : .plain)
    }

    /// "7.2 to 8.8" in the metric's unit; an event rate as a share of samples.
    var intervalText: String {
        interval.map { EvidenceText.bounds($0, kind: kind) } ?? Display.missing
    }

    var differenceText: String {
        difference.map { EvidenceText.differenceBounds($0, kind: kind) } ?? Display.missing
    }

    /// The status with its reason: "Inconclusive: about 140 more samples".
    var statusCell: DataTable.Cell {
        .init(reason.isEmpty ? status.title : "\(status.title): \(reason)", tone: Display.tone(status))
    }

    var baselineCell: DataTable.Cell {
        .init(baseline == nil ? Display.missing : "\(Display.measure(baseline, unit: unit)) (n=\(baselineN))")
    }

    /// "-15% (needs ≤ 11.9)" when the target is relative to the baseline.
    var targetText: String {
        guard relative, let threshold else { return target }
        return "\(target) (needs \(direction == .lower ? "≤" : "≥") \(Display.number(threshold)))"
    }

    var trendChart: Chart {
        .trend(Chart.Trend(title: name, unit: unit, values: trend, target: threshold, baseline: baseline, interval: kind == .events ? nil : interval))
    }
}

extension DecisionRecord {
    var evidenceText: String {
        guard let evidence else { return "unreadable" }
        return "\(evidence.met) of \(evidence.total) met; \(evidence.blocked ? "blocked" : evidence.ready ? "ready" : "not ready")"
    }
}

extension SignOffLine {
    static func table(caption: String, _ signOffs: [SignOffLine], emptyText: String) -> DataTable {
        DataTable(
            caption: caption,
            columns: [
                .init(title: "Reviewer"), .init(title: "Discipline"), .init(title: "Gate"), .init(title: "Verdict"),
                .init(title: "Signed"), .init(title: "Note"),
            ],
            rows: signOffs.map {
                [
                    .init($0.reviewer), .init($0.discipline.title), .init($0.gate.title),
                    .init($0.verdict.title, tone: $0.verdict == .approve ? .good : .bad), .init(Display.timestamp($0.signedAt)),
                    .init($0.note.isEmpty ? Display.missing : $0.note),
                ]
            },
            emptyText: emptyText)
    }
}

extension EvidenceFingerprint {
    /// The closing section of every report: what to check it against.
    var section: ReportDocument.Section {
        .init(
            id: "fingerprint", title: "Evidence fingerprint",
            blocks: [
                .facts([
                    Fact(label: "Generated", value: Display.timestamp(generatedAt)),
                    Fact(label: "Audit chain head", value: "entry \(auditSeq)"),
                    Fact(label: "Head hash (SHA-256)", value: auditHash),
                ]),
                .passage(
                    title: "How to check this report",
                    text: "Run: pilotdeck audit verify --anchor \(anchor)\n"
                        + "It recomputes the audit hash chain and confirms that the entry this report was made at is still in it, unchanged. "
                        + "Everything in this report was read from the database at that entry."),
            ])
    }
}
