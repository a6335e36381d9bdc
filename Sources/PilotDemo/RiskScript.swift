import PilotKit

/// A risk added to a pilot's register beyond the playbook's starter risks, and a later
/// reassessment of it.
struct RiskScript {
    struct Change {
        var afterWeeks: Int
        var status: RiskStatus
        var likelihood: Int?
    }

    /// Weeks after the pilot was proposed.
    var week: Int
    var title: String
    var category: RiskCategory
    var likelihood: Int
    var impact: Int
    /// May be empty for a risk scoring at or below the playbook's threshold.
    var mitigation: String
    /// Raised by a reviewer of this discipline; nil: by the pilot's lead.
    var raisedBy: Discipline?
    var change: Change?
}
