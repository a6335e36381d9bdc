import Foundation
import PilotKit
import PilotStore

/// Who is at the terminal and on what; fixed for the session.
public struct Session: Sendable {
    public var user: Person
    /// The database as the status bar names it: a file's name, or a PostgreSQL database's.
    public var databaseName: String
    public var isReadOnly: Bool
    public var isDemo: Bool
    /// Where this file was moved by `pilotdeck migrate`; such a session is read-only.
    public var movedTo: String?

    public init(user: Person, databaseName: String, isReadOnly: Bool, isDemo: Bool, movedTo: String? = nil) {
        self.user = user
        self.databaseName = databaseName
        self.isReadOnly = isReadOnly || movedTo != nil
        self.isDemo = isDemo
        self.movedTo = movedTo
    }

    /// Whether the user may do it here; read-only sessions may do nothing that writes.
    public func may(_ permission: Permission) -> Bool {
        !isReadOnly && permission.allowedRoles.contains(where: user.has)
    }

    /// The home screen by role: clinicians see their own pilots first.
    var isClinicianOnly: Bool { user.has(.clinician) && !user.has(.lead) && !user.has(.leadership) && !user.has(.admin) }
}

/// What the portfolio shows for a pilot beyond its row: computed lazily for visible rows.
public struct PilotInsight: Sendable, Equatable {
    public var readiness: GateReadiness
    public var headline: MetricSummary?
    public var openIncidents: Int
    public var openRisks: Int
    /// Domains in scope by sensitivity.
    public var exposure: [Sensitivity: Int]
}

/// Everything the pilot screen shows, read in one go: the gate's evidence and the pilot's lists
/// (`PilotRecords`, reached as `detail.feedback`, `detail.risks` and so on).
@dynamicMemberLookup
public struct PilotDetail: Sendable {
    public var pilot: Pilot
    public var playbook: Playbook
    public var tool: Tool
    public var scope: [ScopeEntry]
    public var catalogue: [DataDomain]
    public var metrics: [MetricSummary]
    /// Its lists, the audit entries' withdrawn feedback text hidden.
    public var records: PilotRecords
    public var readiness: GateReadiness
    /// When it was read: action-plan clocks are judged against it.
    public var readAt: Date

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<PilotRecords, Value>) -> Value {
        get { records[keyPath: keyPath] }
        set { records[keyPath: keyPath] = newValue }
    }
}

/// Something waiting for an oversight reviewer.
public struct OversightItem: Sendable, Equatable {
    public enum Kind: String, Sendable { case vetTool = "vet tool", signGate = "sign gate" }
    public var kind: Kind
    public var subject: String
    public var detail: String
    /// The pilot or tool key to open.
    public var target: String
}

/// A window of the audit log, paged from SQL.
public struct AuditPage: Sendable, Equatable {
    public var entries: [AuditEntry] = []
    public var total = 0
    public var offset = 0
    /// False while a filtered list has matches beyond those read so far.
    public var isComplete = true
    public var chainStatus = "not verified yet (press v, or :verify)"
}
