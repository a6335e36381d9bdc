extension Pilot {
    /// Days since the lead last re-read the action plan; nil when it never was.
    public func actionPlanAge(today: Day) -> Int? {
        actionPlanReviewedOn.map { today.ordinal - $0.ordinal }
    }
}
