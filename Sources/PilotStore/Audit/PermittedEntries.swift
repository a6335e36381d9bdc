import PilotKit

/// The kinds of audit entry each permission lets the Ledger write: those a transaction under it
/// may open with, and those that may follow in the same transaction. The Ledger asserts every
/// entry it writes against this table and `audit verify` replays authority through it
/// (`AuditAuthority`), so what the Ledger does and what the verifier accepts cannot drift apart
/// unnoticed.
enum PermittedEntries {
    /// An entity and an action, as the audit log spells them.
    struct Kind: Hashable, Sendable {
        let entity: String
        let action: String

        static func insert<R: StoredRecord>(_ type: R.Type) -> Kind { Kind(entity: R.entity, action: "insert") }
        static func update<R: StoredRecord>(_ type: R.Type) -> Kind { Kind(entity: R.entity, action: "update") }
        static func delete<R: StoredRecord>(_ type: R.Type) -> Kind { Kind(entity: R.entity, action: "delete") }
    }

    /// What a transaction under `permission` writes, read off the Ledger's methods. Settings and
    /// the catalogue are written by `initialize`, before anyone holds a role; the one setting
    /// written later under `configure` is the seal of a moved file (`DatabaseMove`).
    /// `overrideGate` refines `decide` and writes nothing of its own.
    static func entries(of permission: Permission) -> (opening: [Kind], following: [Kind]) {
        switch permission {
        case .configure: ([.insert(SettingRow.self)], [])
        case .overrideGate: ([], [])
        case .managePeople: ([.insert(Person.self)], [])
        case .manageTools: ([.insert(Tool.self), .update(Tool.self)], [.update(Pilot.self)])
        case .vetTools: ([.insert(ToolReview.self)], [.update(Tool.self)])
        case .createPilot:
            ([.insert(PlaybookRow.self), .update(PlaybookRow.self), .insert(Pilot.self)], [.insert(Pilot.self), .insert(Risk.self)])
        case .editPilot, .resumePilot: ([.update(Pilot.self)], [])
        case .editScope: ([.insert(ScopeRow.self), .update(ScopeRow.self), .delete(ScopeRow.self)], [])
        case .manageParticipants: ([.insert(ParticipantRow.self), .update(ParticipantRow.self)], [])
        // A measurement crossing its safeguard opens an incident, which may pause the pilot.
        case .recordMetrics:
            ([.insert(MetricMeasurement.self)], [.insert(MetricMeasurement.self), .insert(Incident.self), .update(Pilot.self)])
        // A withdrawal is an update of the author's own feedback.
        case .logFeedback: ([.insert(Feedback.self), .update(Feedback.self)], [.insert(Feedback.self)])
        case .manageRisks: ([.insert(Risk.self), .update(Risk.self)], [])
        case .reportIncident: ([.insert(Incident.self)], [.update(Pilot.self)])
        case .manageIncidents: ([.update(Incident.self), .insert(IncidentEvent.self)], [.insert(IncidentEvent.self)])
        case .signOff: ([.insert(SignOff.self), .update(SignOff.self)], [])
        // A stage change narrows the scope before the decision is inserted; a go activates the
        // participants enrolled ahead of it after.
        // A decider may also change what a playbook's running pilots are judged by.
        case .decide:
            ([.update(ScopeRow.self), .delete(ScopeRow.self), .insert(Decision.self), .update(PlaybookRow.self)],
             [.update(ScopeRow.self), .delete(ScopeRow.self), .insert(Decision.self), .update(Pilot.self), .update(SignOff.self),
              .update(ParticipantRow.self)])
        }
    }

    /// Whether a transaction under `permission` may write `kind`, first or after other entries.
    static func allows(_ permission: Permission, _ kind: Kind, first: Bool) -> Bool {
        let (opening, following) = sets[permission]!
        return opening.contains(kind) || (!first && following.contains(kind))
    }

    /// `entries(of:)` made once, for the Ledger's check of every entry it writes.
    private static let sets = Dictionary(uniqueKeysWithValues: Permission.allCases.map { permission in
        let (opening, following) = entries(of: permission)
        return (permission, (opening: Set(opening), following: Set(following)))
    })
}
