import Foundation
import PilotKit

extension PortfolioReport {
    /// Two tables, a blank line between: first one row per pilot, the columns leadership reads
    /// across in a spreadsheet without a pivot; then every fact of the portfolio as the long
    /// `section,key,label,field,value` table (see `CSVWriter`).
    var csv: String {
        pilotTable + "\r\n" + facts
    }

    /// One row per pilot: key, name, the pilot's facts, its unmet criteria and headline metric.
    var pilotTable: String {
        let header = ["key", "name"] + PortfolioEntry.csvColumns.map(\.name)
            + ["unmet-criteria", "headline-metric", "headline-value", "headline-target", "headline-status"]
        let rows = pilots.map { entry in
            [entry.key, entry.name] + PortfolioEntry.csvColumns.map { $0.value(entry) } + [
                entry.readiness.unmet.map(\.name).joined(separator: "; "), entry.headline?.key ?? "",
                CSVWriter.number(entry.headline?.value), entry.headline?.target ?? "", entry.headline?.status.rawValue ?? "",
            ]
        }
        return ([header] + rows).map { CSVWriter.line($0) + "\r\n" }.joined()
    }

    var facts: String {
        var csv = CSVWriter()
        fingerprint.addRows(to: &csv, schemaVersion: schemaVersion)
        for stage in pipeline {
            csv.add("pipeline", key: stage.stage.rawValue, label: stage.stage.title, stage.counts.map { ($0.key.rawValue, String($0.count)) })
        }
        for entry in pilots {
            csv.add(
                "pilot", key: entry.key, label: entry.name,
                PortfolioEntry.csvColumns.map { ($0.name, $0.value(entry)) } + entry.readiness.unmet.map { ("unmet-criterion", $0.name) })
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

extension PortfolioEntry {
    /// A pilot's facts as named CSV values, in order: both portfolio tables read these.
    static let csvColumns: [(name: String, value: @Sendable (PortfolioEntry) -> String)] = [
        ("use-case", { $0.useCase }), ("tool", { $0.tool }), ("stage", { $0.stage.rawValue }), ("status", { $0.status.rawValue }),
        ("status-reason", { $0.statusReason }), ("cohort-size", { String($0.cohortSize) }),
        ("gate-to", { $0.readiness.to?.rawValue ?? "" }), ("gate-met", { String($0.readiness.met) }),
        ("gate-total", { String($0.readiness.total) }), ("gate-ready", { CSVWriter.flag($0.readiness.ready) }),
        ("gate-blocked", { CSVWriter.flag($0.readiness.blocked) }),
        ("open-incidents", { String($0.openIncidents) }), ("highest-open-severity", { $0.highestOpenSeverity?.rawValue ?? "" }),
        ("open-risks", { String($0.openRisks) }), ("highest-open-risk-score", { $0.highestOpenRiskScore.map(String.init) ?? "" }),
        ("next-review-on", { $0.nextReviewOn?.description ?? "" }), ("needs-revalidation", { CSVWriter.flag($0.needsRevalidation) }),
    ]
}
