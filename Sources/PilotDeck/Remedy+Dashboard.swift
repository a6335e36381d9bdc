import PilotKit

extension Remedy {
    /// The way out as a dashboard user takes it: the field or screen that gives it, or the
    /// command where the dashboard offers no such step.
    var dashboard: String {
        switch self {
        case .overrideGate: "leadership may pass it with the form's Override switch and a rationale"
        case .closeIncident(let id): "close incident #\(id) first (Incidents tab, Enter on it, status closed)"
        case .enrol(let login, let pilot): "a lead can enrol \(login) in \(pilot) (from the command line: pilotdeck pilot participant add)"
        case .applyPlaybook: "one of its deciders applies the file (from the command line: pilotdeck playbook apply FILE)"
        }
    }

    /// What the dashboard says for a failed step: a `Remedied` refusal's way out in its words.
    static func dashboardMessage(for error: Error) -> String {
        (error as? Remedied)?.worded(\.dashboard) ?? String(describing: error)
    }
}
