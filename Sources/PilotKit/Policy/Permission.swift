import Foundation

/// Every kind of mutation; the Ledger checks one of these before it writes. Deny by default:
/// a permission not listed for a role is refused.
public enum Permission: String, CaseIterable, Sendable {
    case configure, managePeople, manageTools, vetTools, createPilot, editPilot, editScope
    case manageParticipants, recordMetrics, logFeedback, manageRisks, reportIncident
    case manageIncidents, signOff, decide, overrideGate, resumePilot

    /// Words for refusals: "… may <phrase>".
    public var phrase: String {
        switch self {
        case .configure: "change settings"
        case .managePeople: "manage people"
        case .manageTools: "add or change tools"
        case .vetTools: "vet tools"
        case .createPilot: "create pilots"
        case .editPilot: "edit pilots"
        case .editScope: "change a pilot's scope"
        case .manageParticipants: "manage participants"
        case .recordMetrics: "record metrics"
        case .logFeedback: "log feedback"
        case .manageRisks: "manage risks"
        case .reportIncident: "report incidents"
        case .manageIncidents: "update or close incidents"
        case .signOff: "sign off gates"
        case .decide: "record gate decisions"
        case .overrideGate: "override an unready gate"
        case .resumePilot: "resume a paused pilot"
        }
    }

    public var allowedRoles: [Role] {
        switch self {
        case .configure, .managePeople: [.admin]
        case .manageTools: [.admin, .lead]
        case .vetTools, .signOff: [.reviewer]
        case .createPilot, .editPilot, .editScope, .manageParticipants, .recordMetrics: [.lead]
        case .logFeedback: [.clinician, .lead]
        case .manageRisks: [.lead, .reviewer]
        case .reportIncident: [.clinician, .lead, .reviewer, .leadership, .admin]
        case .manageIncidents: [.lead, .reviewer]
        case .decide: [.lead, .leadership]
        case .overrideGate: [.leadership]
        case .resumePilot: [.lead, .leadership]
        }
    }

    /// Throws a refusal that names the roles that may do it.
    public func check(_ person: Person) throws {
        if allowedRoles.contains(where: person.has) { return }
        throw AccessDenied(permission: self, login: person.login, roles: person.roles)
    }
}

/// A refusal by role, naming who may do it instead.
public struct AccessDenied: Error, Equatable, Sendable, CustomStringConvertible {
    public let permission: Permission
    public let login: String
    public let roles: [Role]

    public init(permission: Permission, login: String, roles: [Role]) {
        self.permission = permission
        self.login = login
        self.roles = roles
    }

    public var description: String {
        let allowed = permission.allowedRoles.map(\.rawValue).joined(separator: " or ")
        let has = roles.isEmpty ? "no role" : roles.map(\.rawValue).joined(separator: ", ")
        return "permission denied: only \(allowed) may \(permission.phrase); \(login) is \(has)"
    }
}
