import Foundation
import PilotKit

extension PortfolioReport {
    /// Every fact of the portfolio as CSV rows (see `CSVWriter` for the layout).
    var csv: String {
        var csv = CSVWriter()
        fingerprint.addRows(to: &csv, schemaVersion: schemaVersion)
        for stage in pipeline {
            csv.add("pipeline", key: stage.stage.rawValue, label: stage.stage.title, stage.counts.map { ($0.key.rawValue, String($0.count)) })
        }
        for entry in pilots {
            csv.add(
                "pilot", key: entry.key, label: entry.name,
                [
                    ("use-case", entry.useCase), ("tool", entry.tool), ("stage", entry.stage.rawValue), ("status", entry.status.rawValue),
                    ("status-reason", entry.statusReason), ("cohort-size", String(entry.cohortSize)),
                    ("gate-to", entry.readiness.to?.rawValue ?? ""), ("gate-met", String(entry.readiness.met)),
                    ("gate-total", String(entry.readiness.total)), ("gate-ready", CSVWriter.flag(entry.readiness.ready)),
                    ("gate-blocked", CSVWriter.flag(entry.readiness.blocked)),
                    ("open-incidents", String(entry.openIncidents)), ("highest-open-severity", entry.highestOpenSeverity?.rawValue ?? ""),
                    ("open-risks", String(entry.openRisks)), ("highest-open-risk-score", entry.highestOpenRiskScore.map(String.init) ?? ""),
                    ("next-review-on", entry.nextReviewOn?.description ?? ""), ("needs-revalidation", CSVWriter.flag(entry.needsRevalidation)),
                ] + entry.readiness.unmet.map { ("unmet-criterion", $0.name) })
            entry.headline?.addRows(to: &csv, section: "headline-metric", rowKey: entry.key)
        }
        for item in due {
            csv.add(
                "due", key: item.pilot.key, label: item.pilot.name,
                [("on", item.on?.description ?? ""), ("overdue", CSVWriter.flag(item.overdue)), ("reason", item.reason)])
        }
        return csv.text
    }
}
