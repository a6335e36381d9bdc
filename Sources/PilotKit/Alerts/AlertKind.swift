/// What needs someone's attention now, for `pilotdeck alerts` and the dashboard's header.
public enum AlertKind: String, Labeled {
    /// An open incident a safeguard opened: a measurement crossed its metric's action threshold.
    case safeguard
    /// An action-plan step of an unresolved incident past its clock.
    case overdueStep = "overdue-step"
    /// A running pilot's action plan not re-read within the playbook's period.
    case actionPlanReview = "action-plan-review"
    /// A pilot in general use past the review its risk tier's schedule set.
    case overdueReview = "overdue-review"
    /// A tool approved with conditions whose contract still fails them (no BAA, no no-training
    /// clause), in use by a pilot that is not retired.
    case toolConditions = "tool-conditions"
}
