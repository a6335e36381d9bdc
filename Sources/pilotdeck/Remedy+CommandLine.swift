import PilotKit

extension Remedy {
    /// The way out as a command-line user takes it: the command and flags that give it.
    var commandLine: String {
        switch self {
        case .overrideGate: "leadership may pass it with --override and a --rationale"
        case .closeIncident(let id): "close it first with `pilotdeck incident close \(id)`"
        case .enrol(let login, let pilot): "a lead can enrol them with `pilotdeck pilot participant add \(pilot) --login \(login)`"
        case .applyPlaybook: "one of its deciders applies the file with `pilotdeck playbook apply FILE`"
        }
    }
}
