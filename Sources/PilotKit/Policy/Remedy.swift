/// What would let a refused step through, said as the fact it needs rather than the flag or key
/// that gives it: the CLI and the dashboard each word it for their own surface.
public enum Remedy: Sendable, Equatable {
    /// Leadership passes the unready gate with an override and a rationale.
    case overrideGate
    /// The incident is closed first.
    case closeIncident(id: Int64)
    /// A lead enrols the person in the pilot.
    case enrol(login: String, pilot: String)
    /// One of the playbook's deciders applies its changed file.
    case applyPlaybook(key: String)
}

extension Remedy {
    /// The way out named by the fact it needs.
    public var neutralWording: String {
        switch self {
        case .overrideGate: "leadership may pass it with an override and a rationale"
        case .closeIncident(let id): "close incident #\(id) first"
        case .enrol(let login, let pilot): "a lead can enrol \(login) in \(pilot)"
        case .applyPlaybook(let key): "one of its deciders applies the playbook \(key)"
        }
    }
}
