/// When a pilot in general use is next reviewed: its last review (its latest decision, the go into
/// general use at first) plus the playbook's days for its risk tier today. A tier that rises after
/// a review brings the next one forward.
public struct ReviewDue: Equatable, Hashable, Sendable {
    public var tier: RiskTier
    public var everyDays: Int
    public var lastReview: Day
    public var due: Day
    public var today: Day

    /// The review of a pilot in general use; nil for any other.
    public init?(_ evidence: GateEvidence) {
        self.init(
            pilot: evidence.pilot, playbook: evidence.playbook, openRisks: evidence.risks, lastDecision: evidence.lastDecision,
            today: evidence.today)
    }

    /// The same from just what it needs, for `alerts`, which has no gate evidence to hand.
    public init?(pilot: Pilot, playbook: Playbook, openRisks: [Risk], lastDecision: Day?, today: Day) {
        guard pilot.stage == .general, pilot.status != .retired else { return nil }
        tier = RiskTier(openRisks: openRisks)
        everyDays = playbook.reviewDays.days(for: tier)
        lastReview = lastDecision ?? pilot.startedOn
        due = lastReview.adding(days: everyDays)
        self.today = today
    }

    public var isOverdue: Bool { today > due }

    /// "review overdue since 2026-05-01 (high risk: every 30 days; last reviewed 2026-04-01)".
    public var sentence: String {
        let basis = "\(tier.rawValue) risk: every \(everyDays) days; last reviewed \(lastReview)"
        return isOverdue ? "review overdue since \(due) (\(basis))" : "next review due on \(due) (\(basis))"
    }
}
