import Foundation
import PilotKit

extension StageReport {
    /// Every fact of the report as CSV rows (see `CSVWriter` for the layout); labels are the stable
    /// lowercase ones of the JSON, for formulas and pivots.
    var csv: String {
        var csv = CSVWriter()
        fingerprint.addRows(to: &csv, schemaVersion: schemaVersion)
        csv.add(
            "pilot", key: pilot.key, label: pilot.name,
            [
                ("use-case", pilot.useCase), ("playbook", pilot.playbook), ("owner", pilot.owner), ("problem", pilot.problem),
                ("success-criteria", pilot.successCriteria), ("stage", pilot.stage.rawValue), ("status", pilot.status.rawValue),
                ("status-reason", pilot.statusReason), ("started-on", pilot.startedOn.description),
                ("next-review-on", pilot.nextReviewOn?.description ?? ""), ("needs-revalidation", CSVWriter.flag(pilot.needsRevalidation)),
            ])
        csv.add(
            "tool", key: tool.key, label: tool.name,
            [
                ("vendor", tool.vendor), ("model", tool.model), ("version", tool.version), ("hosting", tool.hosting.rawValue),
                ("baa-signed", CSVWriter.flag(tool.baaSigned)), ("no-training-clause", CSVWriter.flag(tool.noTrainingClause)),
                ("retention-days", String(tool.retentionDays)), ("vetting", tool.vetting.rawValue),
            ] + tool.contractProblems.map { ("contract-problem", $0) })
        csv.add(
            "cohort", key: pilot.key, label: pilot.name,
            [
                ("size", String(cohort.size)), ("cap", String(cohort.cap)), ("participants", String(cohort.participants)),
                ("personal-accounts", String(cohort.personalAccounts)),
            ] + cohort.sites.map { ("site", $0) })
        for (index, event) in timeline.enumerated() {
            csv.add(
                "timeline", key: String(index + 1), label: event.stage.title,
                [
                    ("on", event.on.description), ("stage", event.stage.rawValue), ("status", event.status.rawValue),
                    ("decision", event.decision?.rawValue ?? "start"), ("override", CSVWriter.flag(event.isOverride)),
                ])
        }
        for domain in exposure.domains {
            csv.add("scope", key: domain.key, label: domain.name, [("sensitivity", domain.sensitivity.rawValue), ("access", domain.access.rawValue)])
        }
        for level in exposure.levels {
            csv.add(
                "exposure", key: level.sensitivity.rawValue, label: level.sensitivity.title,
                [("in-scope", String(level.inScope)), ("in-catalogue", String(level.inCatalogue))])
        }
        for metric in metrics { metric.addRows(to: &csv) }
        csv.add(
            "readiness", key: pilot.key, label: pilot.name,
            [
                ("from", readiness.from.rawValue), ("to", readiness.to?.rawValue ?? ""), ("met", String(readiness.met)),
                ("total", String(readiness.total)), ("ready", CSVWriter.flag(readiness.ready)), ("blocked", CSVWriter.flag(readiness.blocked)),
                ("min-samples", String(minSamples)),
            ])
        for (index, criterion) in readiness.criteria.enumerated() {
            csv.add("criterion", key: String(index + 1), label: criterion.name, [("status", criterion.status.rawValue), ("detail", criterion.detail)])
        }
        for signOff in pendingSignOffs { signOff.addRows(to: &csv, key: "pending") }
        csv.add(
            "feedback", key: pilot.key, label: pilot.name,
            [("total", String(feedback.total)), ("summarized", String(feedback.summarized)), ("average-rating", CSVWriter.number(feedback.averageRating))])
        for tally in feedback.ratings { csv.add("feedback-rating", key: String(tally.key), label: "rating \(tally.key)", [("count", String(tally.count))]) }
        for tally in feedback.categories { csv.add("feedback-category", key: tally.key.rawValue, label: tally.key.title, [("count", String(tally.count))]) }
        for tally in feedback.tags { csv.add("feedback-tag", key: tally.key.rawValue, label: tally.key.title, [("count", String(tally.count))]) }
        for comment in feedback.comments {
            csv.add(
                "feedback-comment", key: String(comment.id), label: comment.category.title,
                [
                    ("created-at", Display.isoTimestamp(comment.createdAt)), ("stage", comment.stage.rawValue), ("rating", String(comment.rating)),
                    ("category", comment.category.rawValue), ("tags", comment.tags.map(\.rawValue).joined(separator: " ")),
                    ("text", comment.text), ("redacted-kinds", comment.redactedKinds.joined(separator: " ")),
                ])
        }
        csv.add("risk-register", key: pilot.key, label: pilot.name, [("threshold", String(risks.threshold))])
        for (likelihood, row) in risks.heatMap.enumerated() {
            for (impact, count) in row.enumerated() {
                csv.add("risk-heatmap", key: "L\(likelihood + 1)-I\(impact + 1)", label: "likelihood \(likelihood + 1), impact \(impact + 1)", [("count", String(count))])
            }
        }
        for risk in risks.entries {
            csv.add(
                "risk", key: String(risk.id), label: risk.title,
                [
                    ("category", risk.category.rawValue), ("likelihood", String(risk.likelihood)), ("impact", String(risk.impact)),
                    ("score", String(risk.score)), ("status", risk.status.rawValue), ("owner", risk.owner), ("mitigation", risk.mitigation),
                ])
        }
        for incident in incidents {
            csv.add(
                "incident", key: String(incident.id), label: incident.kind.title,
                [
                    ("severity", incident.severity.rawValue), ("kind", incident.kind.rawValue), ("status", incident.status.rawValue),
                    ("opened-at", Display.isoTimestamp(incident.openedAt)), ("opened-by", incident.openedBy),
                    ("closed-at", incident.closedAt.map(Display.isoTimestamp) ?? ""), ("steps-done", String(incident.stepsDone)),
                    ("steps-total", String(incident.stepsTotal)), ("summary", incident.summary),
                ])
        }
        for decision in decisions {
            csv.add(
                "decision", key: String(decision.id), label: decision.kind.stageChange(from: decision.from, to: decision.to, names: \.title, arrow: " to "),
                [
                    ("decided-at", Display.isoTimestamp(decision.decidedAt)), ("from", decision.from.rawValue), ("to", decision.to.rawValue),
                    ("kind", decision.kind.rawValue), ("resulting-status", decision.resultingStatus.rawValue),
                    ("decided-by", decision.decidedBy), ("override", CSVWriter.flag(decision.isOverride)),
                    ("evidence-met", decision.evidence.map { String($0.met) } ?? ""),
                    ("evidence-total", decision.evidence.map { String($0.total) } ?? ""),
                    ("evidence-ready", decision.evidence.map { CSVWriter.flag($0.ready) } ?? ""),
                    ("rationale", decision.rationale), ("conditions", decision.conditions),
                ])
            for signOff in decision.signOffs { signOff.addRows(to: &csv, key: "decision-\(decision.id)") }
        }
        return csv.text
    }
}

extension MetricLine {
    /// Rows keyed by the metric, or by `rowKey` (the pilot's, in the portfolio).
    func addRows(to csv: inout CSVWriter, section: String = "metric", rowKey: String? = nil) {
        csv.add(
            section, key: rowKey ?? key, label: name,
            [
                ("metric", key), ("unit", unit), ("direction", direction.rawValue), ("target", target), ("threshold", CSVWriter.number(threshold)),
                ("value", CSVWriter.number(value)), ("n", String(n)), ("baseline", CSVWriter.number(baseline)),
                ("baseline-n", String(baselineN)), ("low", CSVWriter.number(interval?.low)), ("high", CSVWriter.number(interval?.high)),
                ("difference-low", CSVWriter.number(difference?.low)), ("difference-high", CSVWriter.number(difference?.high)),
                ("status", status.rawValue), ("reason", reason), ("few-samples", CSVWriter.flag(fewSamples)),
                ("gated", CSVWriter.flag(gated)),
            ])
        csv.add(section + "-trend", key: rowKey ?? key, label: name, trend.enumerated().map { (String($0.offset + 1), Display.number($0.element)) })
    }
}

extension SignOffLine {
    func addRows(to csv: inout CSVWriter, key: String) {
        csv.add(
            "sign-off", key: key, label: reviewer,
            [
                ("gate", gate.rawValue), ("discipline", discipline.rawValue), ("verdict", verdict.rawValue),
                ("signed-at", Display.isoTimestamp(signedAt)), ("note", note),
            ])
    }
}

extension EvidenceFingerprint {
    func addRows(to csv: inout CSVWriter, schemaVersion: Int) {
        csv.add(
            "report", key: "fingerprint", label: "evidence fingerprint",
            [
                ("schema-version", String(schemaVersion)), ("generated-at", Display.isoTimestamp(generatedAt)),
                ("audit-seq", String(auditSeq)), ("audit-hash", auditHash), ("anchor", anchor),
            ])
    }
}
