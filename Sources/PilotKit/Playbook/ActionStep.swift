import Foundation

/// One step of the incident action plan (rule 2).
public struct ActionStep: Codable, Equatable, Hashable, Sendable {
    public var title: String
    /// Deadline in hours from the incident's opening, for steps the law or a contract puts on a
    /// clock (breach risk assessment, patient notification within 60 days = 1440 h).
    public var clockHours: Int?
    /// The incident kinds the step applies to; empty means every incident.
    public var kinds: [IncidentKind]

    public init(title: String, clockHours: Int? = nil, kinds: [IncidentKind] = []) {
        self.title = title
        self.clockHours = clockHours
        self.kinds = kinds
    }

    public func applies(to kind: IncidentKind) -> Bool {
        kinds.isEmpty || kinds.contains(kind)
    }
}
