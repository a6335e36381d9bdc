import PilotKit

/// Facts a form shows above its fields, so the answer is given with them in sight.
struct FormBriefing: Equatable {
    struct Line: Equatable {
        var text: String
        var isWarning: Bool
    }

    var lines: [Line]

    /// At most this many unmet criteria are listed; the rest are counted.
    static let criteriaShown = 5

    /// A reviewer signs with eyes open: the gate's unmet criteria and every open high or critical
    /// incident, read from the pilot's detail (nil while it loads).
    static func signOff(_ detail: PilotDetail?) -> FormBriefing {
        guard let detail else { return FormBriefing(lines: [Line(text: "Reading the gate's evidence…", isWarning: false)]) }
        let readiness = detail.readiness
        let gate = readiness.to.map { "Gate \(readiness.from.rawValue) → \($0.rawValue)" } ?? "No further gate"
        let unmet = readiness.unmet
        var lines = [Line(text: unmet.isEmpty ? "\(gate): every criterion met" : "\(gate): \(unmet.count) of \(readiness.criteria.count) criteria unmet", isWarning: false)]
        lines += unmet.prefix(criteriaShown).map { Line(text: "✘ \($0.name) — \($0.detail)", isWarning: true) }
        if unmet.count > criteriaShown {
            lines.append(Line(text: "  and \(unmet.count - criteriaShown) more on the Decisions tab", isWarning: true))
        }
        let blocking = detail.incidents.filter { $0.severity.pausesPilot && !$0.status.isResolved }
        lines += blocking.map {
            Line(text: "! incident #\($0.id ?? 0) \($0.severity.rawValue) \($0.kind.rawValue), \($0.status.rawValue): \($0.summary)", isWarning: true)
        }
        if blocking.isEmpty { lines.append(Line(text: "No open high or critical incident", isWarning: false)) }
        return FormBriefing(lines: lines)
    }
}
