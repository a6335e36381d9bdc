import Foundation
import PilotKit
@testable import PilotReports

/// Handcrafted reports: stable across store and demo changes, so goldens only move when rendering does.
enum ReportFixtures {
    static func day(_ text: String) -> Day { try! Day(parsing: text, field: "day") }

    static func at(_ text: String, hour: Double = 9) -> Date { day(text).date.addingTimeInterval(hour * 3600) }

    static let fingerprint = EvidenceFingerprint(
        auditSeq: 214, auditHash: "9f2c4e1a7b3d5f60718293a4b5c6d7e8f9012345678901234567890abcdef012", generatedAt: at("2026-03-02"))

    static func metric(
        _ key: String, _ name: String, unit: String, direction: MetricDirection, target: String, relative: Bool, threshold: Double?,
        value: Double?, n: Int, baseline: Double?, baselineN: Int, trend: [Double], status: CriterionStatus, gated: Bool,
        kind: MetricKind = .mean, interval: ConfidenceInterval? = nil, difference: ConfidenceInterval? = nil, reason: String = ""
    ) -> MetricLine {
        MetricLine(
            key: key, name: name, unit: unit, direction: direction, kind: kind, target: target, relative: relative, threshold: threshold,
            value: value, n: n, baseline: baseline, baselineN: baselineN, trend: trend, status: status, interval: interval,
            difference: difference, reason: reason, fewSamples: n < 10, gated: gated)
    }

    static let docTime = metric(
        "doc-time", "documentation time per appointment", unit: "minutes", direction: .lower, target: "-15%", relative: true,
        threshold: 11.9, value: 10.8, n: 164, baseline: 14, baselineN: 120, trend: [13.6, 12.9, 12.1, 11.4, 10.9, 10.8],
        status: .met, gated: true, interval: ConfidenceInterval(low: 10.2, high: 11.4),
        difference: ConfidenceInterval(low: -4.1, high: -2.3))

    static let readiness = ReadinessSummary(
        from: .micro, to: .controlled, ready: false, blocked: false, met: 4, total: 6,
        criteria: [
            .init(name: "pilot status", status: .met, detail: "active"),
            .init(name: "metric doc-time", status: .met, detail: "10.8 minutes, target -15%, baseline 14, needs <= 11.9, n=164"),
            .init(name: "metric major-edits", status: .insufficient, detail: "24 %, target <= 20, n=6, fewer than 10 samples"),
            .init(name: "tool contract", status: .waived, detail: "not vendor-run: no BAA or no-training clause needed"),
            .init(name: "open incidents", status: .met, detail: "none open at high or critical severity"),
            .init(name: "sign-offs", status: .unmet, detail: "clinical: doc; missing privacy"),
        ])

    static let signOff = SignOffLine(
        gate: .controlled, reviewer: "doc", discipline: .clinical, verdict: .approve, note: "Notes read well in family medicine.",
        signedAt: at("2026-02-27", hour: 14.5))

    static let stageReport = StageReport(
        schemaVersion: StageReport.currentSchemaVersion, fingerprint: fingerprint,
        pilot: PilotProfile(
            key: "AMB-FM", name: "Ambient scribe, family medicine", useCase: "Ambient listening scribe", playbook: "ambient-scribe",
            owner: "lee", problem: "Clinicians spend 2 hours a day on notes,\nmost of it after clinic.",
            successCriteria: "Documentation time -15% with note quality not worse.", stage: .micro, status: .active,
            statusReason: "decision: go", startedOn: day("2026-01-05"), nextReviewOn: day("2026-03-30"), needsRevalidation: false),
        tool: ToolProfile(
            key: "SCRIBE", name: "Scribe", vendor: "Acme AI", model: "scribe-large", version: "2.1", hosting: .privateCloud,
            baaSigned: true, noTrainingClause: true, retentionDays: 30, vetting: .approved, contractProblems: []),
        cohort: Cohort(size: 24, cap: 50, participants: 22, personalAccounts: 0, sites: ["Riverbend Family Clinic"]),
        timeline: [
            StageEvent(on: day("2026-01-05"), stage: .intake, status: .active, decision: nil, isOverride: false),
            StageEvent(on: day("2026-01-19"), stage: .validation, status: .active, decision: .go, isOverride: false),
            StageEvent(on: day("2026-02-09"), stage: .micro, status: .active, decision: .goWithConditions, isOverride: false),
        ],
        exposure: Exposure(
            domains: [
                .init(key: "encounter-audio", name: "outpatient encounter audio", sensitivity: .high, access: .read),
                .init(key: "progress-notes", name: "progress notes", sensitivity: .high, access: .generate),
                .init(key: "medication-lists", name: "medication lists", sensitivity: .moderate, access: .read),
            ],
            levels: [
                .init(sensitivity: .restricted, inScope: 0, inCatalogue: 4), .init(sensitivity: .high, inScope: 2, inCatalogue: 5),
                .init(sensitivity: .moderate, inScope: 1, inCatalogue: 4), .init(sensitivity: .low, inScope: 0, inCatalogue: 3),
            ]),
        minSamples: 10,
        metrics: [
            docTime,
            metric(
                "major-edits", "drafts needing major edits", unit: "%", direction: .lower, target: "<= 20", relative: false,
                threshold: 20, value: 24, n: 6, baseline: nil, baselineN: 0, trend: [31, 24], status: .insufficient, gated: true,
                kind: .proportion, interval: ConfidenceInterval(low: 3.0, high: 56.4), reason: "6 samples; at least 10 needed"),
            metric(
                "usability", "usability (SUS)", unit: "score", direction: .higher, target: ">= 68", relative: false, threshold: 68,
                value: 70.1, n: 24, baseline: nil, baselineN: 0, trend: [69.2, 70.1], status: .inconclusive, gated: false,
                interval: ConfidenceInterval(low: 66.3, high: 73.9), reason: "about 30 more samples"),
        ],
        readiness: readiness, pendingSignOffs: [signOff],
        feedback: FeedbackSummary(
            total: 37, summarized: 37, averageRating: 3.92,
            ratings: [.init(key: 1, count: 1), .init(key: 2, count: 3), .init(key: 3, count: 6), .init(key: 4, count: 15), .init(key: 5, count: 12)],
            categories: FeedbackCategory.allCases.enumerated().map { .init(key: $0.element, count: [14, 6, 2, 8, 5, 1, 1][$0.offset]) },
            tags: EditTag.allCases.enumerated().map { .init(key: $0.element, count: [7, 2, 4, 3, 1][$0.offset]) },
            comments: [
                .init(
                    id: 31, createdAt: at("2026-02-26", hour: 16), stage: .micro, rating: 4, category: .accuracy, tags: [.medication],
                    text: "Dose of metformin 500 mg was right; [NAME]'s allergy list was missed.", redactedKinds: ["name"]),
                .init(
                    id: 35, createdAt: at("2026-02-28", hour: 11), stage: .micro, rating: 2, category: .safetyConcern, tags: [],
                    text: "Draft said left knee, exam was right knee.", redactedKinds: []),
            ]),
        risks: RiskRegister(
            threshold: 12,
            heatMap: [[0, 0, 0, 0, 0], [0, 1, 0, 1, 0], [0, 0, 0, 1, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
            entries: [
                .init(
                    id: 3, title: "Hallucinated findings enter the record", category: .safety, likelihood: 3, impact: 4, score: 12,
                    mitigation: "Clinician reviews and signs every draft.", owner: "lee", status: .open),
                .init(
                    id: 1, title: "Audio kept longer than the contract allows", category: .privacy, likelihood: 2, impact: 4, score: 8,
                    mitigation: "Quarterly retention audit.", owner: "pri", status: .mitigated),
                .init(
                    id: 2, title: "Patients decline recording", category: .operational, likelihood: 2, impact: 2, score: 4,
                    mitigation: "", owner: "lee", status: .open),
            ]),
        incidents: [
            IncidentLine(
                id: 2, severity: .medium, kind: .unsafeOutput, summary: "Wrong laterality in a draft, caught at sign-off.",
                status: .closed, openedAt: at("2026-02-28", hour: 11.5), openedBy: "lee", closedAt: at("2026-03-01", hour: 10),
                stepsDone: 5, stepsTotal: 7)
        ],
        decisions: [
            DecisionRecord(
                id: 1, decidedAt: at("2026-01-19", hour: 15), from: .intake, to: .validation, kind: .go, resultingStatus: .active,
                rationale: "Vetting passed; silent validation can start.", conditions: "", decidedBy: "lia", isOverride: false,
                evidence: .init(met: 12, total: 12, ready: true, blocked: false),
                signOffs: [
                    .init(gate: .validation, reviewer: "sec", discipline: .itSecurity, verdict: .approve, note: "Pen test passed.", signedAt: at("2026-01-16")),
                    .init(gate: .validation, reviewer: "pri", discipline: .privacy, verdict: .approve, note: "", signedAt: at("2026-01-16", hour: 11)),
                ]),
            DecisionRecord(
                id: 2, decidedAt: at("2026-02-09", hour: 15), from: .validation, to: .micro, kind: .goWithConditions,
                resultingStatus: .active, rationale: "Silent validation met its targets.",
                conditions: "Weekly review of every flagged draft.", decidedBy: "lia", isOverride: true,
                evidence: .init(met: 11, total: 13, ready: false, blocked: false),
                signOffs: [
                    .init(gate: .micro, reviewer: "doc", discipline: .clinical, verdict: .approve, note: "", signedAt: at("2026-02-06")),
                    .init(gate: .micro, reviewer: "adv", discipline: .patientAdvocate, verdict: .dissent, note: "Consent script is too long.", signedAt: at("2026-02-06", hour: 12)),
                ]),
        ])

    static let portfolioReport = PortfolioReport(
        schemaVersion: PortfolioReport.currentSchemaVersion, fingerprint: fingerprint,
        pilots: [
            PortfolioEntry(
                key: "AMB-FM", name: "Ambient scribe, family medicine", useCase: "Ambient listening scribe", tool: "SCRIBE",
                stage: .micro, status: .active, statusReason: "decision: go", cohortSize: 24, readiness: readiness, headline: docTime,
                openIncidents: 0, highestOpenSeverity: nil, openRisks: 2, highestOpenRiskScore: 12, nextReviewOn: day("2026-03-30"),
                needsRevalidation: false),
            PortfolioEntry(
                key: "CHAT-ALL", name: "Private staff assistant", useCase: "Private chat assistant for staff", tool: "CHAT",
                stage: .general, status: .active, statusReason: "", cohortSize: 3200,
                readiness: ReadinessSummary(from: .general, to: nil, ready: false, blocked: false, met: 0, total: 0, criteria: []),
                headline: metric(
                    "adoption", "adoption: share of eligible staff", unit: "%", direction: .higher, target: ">= 30", relative: false,
                    threshold: 30, value: 41.5, n: 3200, baseline: nil, baselineN: 0, trend: [22, 28, 35, 41.5], status: .met, gated: false),
                openIncidents: 0, highestOpenSeverity: nil, openRisks: 1, highestOpenRiskScore: 6, nextReviewOn: nil,
                needsRevalidation: true),
            PortfolioEntry(
                key: "DSCH-MED", name: "Discharge summaries, medicine", useCase: "Discharge summary drafting", tool: "DRAFTER",
                stage: .validation, status: .paused, statusReason: "incident #4 (high prompt-injection)", cohortSize: 5,
                readiness: ReadinessSummary(
                    from: .validation, to: .micro, ready: false, blocked: true, met: 9, total: 11,
                    criteria: [
                        .init(name: "pilot status", status: .unmet, detail: "paused: incident #4 (high prompt-injection)"),
                        .init(name: "open incidents", status: .unmet, detail: "#4 high prompt-injection (open)"),
                    ]),
                headline: nil, openIncidents: 1, highestOpenSeverity: .high, openRisks: 4, highestOpenRiskScore: 16,
                nextReviewOn: day("2026-02-20"), needsRevalidation: false),
            PortfolioEntry(
                key: "INBOX-PC", name: "Portal reply drafts, primary care", useCase: "Patient message replies", tool: "REPLY",
                stage: .intake, status: .active, statusReason: "", cohortSize: 0,
                readiness: ReadinessSummary(from: .intake, to: .validation, ready: true, blocked: false, met: 12, total: 12, criteria: []),
                headline: metric(
                    "reply-time", "time to reply", unit: "minutes", direction: .lower, target: "-20%", relative: true, threshold: nil,
                    value: nil, n: 0, baseline: nil, baselineN: 0, trend: [], status: .insufficient, gated: false),
                openIncidents: 0, highestOpenSeverity: nil, openRisks: 3, highestOpenRiskScore: 9, nextReviewOn: nil,
                needsRevalidation: false),
        ])

    /// Every character that has broken a report format somewhere.
    static let hostileText = "<script>alert(1)</script> | \"quoted\" =HYPERLINK(\"x\")\nsecond line\u{7}bell\u{202E}rtl # *x* [a](b) &amp; \\ `c` $1$"

    static var hostileStageReport: StageReport {
        var report = stageReport
        report.pilot.name = hostileText
        report.pilot.problem = "=1+1\r\n" + hostileText
        report.feedback.comments[0].text = "@SUM(A1) " + hostileText
        report.risks.entries[0].title = "-2+3 " + hostileText
        report.readiness.criteria[0].detail = hostileText
        report.tool.contractProblems = [hostileText]
        return report
    }

    static var hostilePortfolioReport: PortfolioReport {
        var report = portfolioReport
        report.pilots[0].name = hostileText
        report.pilots[2].statusReason = "+" + hostileText
        report.pilots[2].readiness.criteria[0].name = hostileText
        return report
    }
}
