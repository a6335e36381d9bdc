/// The screens of the dashboard.
public enum Route: Hashable, Sendable {
    case portfolio
    case pilot(String)
    case tools, people, oversight, audit, alerts

    var title: String {
        switch self {
        case .portfolio: "Portfolio"
        case .pilot(let key): "Pilot \(key)"
        case .tools: "Tools"
        case .people: "People"
        case .oversight: "Oversight queue"
        case .audit: "Audit log"
        case .alerts: "Alerts"
        }
    }
}

/// The tabs of a pilot's detail screen.
public enum PilotTab: String, CaseIterable, Sendable {
    case overview, scope, metrics, feedback, risks, incidents, decisions, audit

    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
