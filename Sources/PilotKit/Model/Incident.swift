import Foundation

public enum Severity: String, Labeled, Comparable {
    case low, medium, high, critical

    /// High and critical incidents trip the kill switch.
    public var pausesPilot: Bool { self >= .high }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum IncidentKind: String, Labeled {
    case dataBreach = "data-breach"
    case phishing
    case promptInjection = "prompt-injection"
    case unsafeOutput = "unsafe-output"
    case unauthorizedAccess = "unauthorized-access"
    case modelChange = "model-change"
    /// A measurement crossed its metric's action threshold (the playbook's `action:`).
    case safeguard
    case other
}

public enum IncidentStatus: String, Labeled {
    case open, contained, closed

    /// Contained incidents still need closing before a gate can pass.
    public var isResolved: Bool { self == .closed }
}

/// Something that went wrong, with its severity and the action plan being worked.
public struct Incident: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    public var severity: Severity
    public var kind: IncidentKind
    public var summary: String
    public var status: IncidentStatus
    public var openedAt: Date
    public var openedBy: String
    public var closedAt: Date?
    /// Indices of the playbook's action-plan steps done so far.
    public var stepsDone: [Int]
    public var feedbackID: Int64?
    /// The metric whose safeguard opened it, and the measurement that crossed it.
    public var metricKey: String?
    public var measurementID: Int64?

    public init(
        id: Int64? = nil, pilotID: Int64, severity: Severity, kind: IncidentKind, summary: String,
        status: IncidentStatus = .open, openedAt: Date, openedBy: String, closedAt: Date? = nil,
        stepsDone: [Int] = [], feedbackID: Int64? = nil, metricKey: String? = nil, measurementID: Int64? = nil
    ) {
        self.id = id
        self.pilotID = pilotID
        self.severity = severity
        self.kind = kind
        self.summary = summary
        self.status = status
        self.openedAt = openedAt
        self.openedBy = openedBy
        self.closedAt = closedAt
        self.stepsDone = stepsDone
        self.feedbackID = feedbackID
        self.metricKey = metricKey
        self.measurementID = measurementID
    }

    public func validate() throws {
        try Text.require(summary, field: "summary", max: 2000)
    }
}

/// A dated note on an incident's timeline.
public struct IncidentEvent: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var incidentID: Int64
    public var at: Date
    public var authorLogin: String
    public var note: String

    public init(id: Int64? = nil, incidentID: Int64, at: Date, authorLogin: String, note: String) {
        self.id = id
        self.incidentID = incidentID
        self.at = at
        self.authorLogin = authorLogin
        self.note = note
    }
}
