import Foundation

/// Where a newly enrolled participant stands (rule 3, small steps): the cohort grows only within
/// the cap of the stage they will use the tool at.
public enum CohortSeat: Equatable, Sendable {
    /// Uses the tool at the pilot's current stage.
    case active
    /// Waits for `stage`, the next one, and becomes active with the go decision into it. At a
    /// stage whose cap is 0 (intake) no one uses the tool, yet the gate out of it checks the
    /// participants' accounts, so they are enrolled ahead of it.
    case pending(Stage)

    /// The seat for one more participant of a pilot at `stage`, which has `active` participants
    /// and `enrolled` in all (pending included); beyond the cap, a refusal that names the cap and
    /// the stage that allows more.
    public static func next(in playbook: Playbook, at stage: Stage, active: Int, enrolled: Int) throws -> CohortSeat {
        let (seat, target, taken): (CohortSeat, Stage, Int) =
            if playbook.plan(for: stage).cohortCap == 0, let next = stage.next { (.pending(next), next, enrolled) } else {
                (.active, stage, active)
            }
        let cap = playbook.plan(for: target).cohortCap
        guard taken >= cap else { return seat }
        let wider = Stage.allCases.first { $0 > target && playbook.plan(for: $0).cohortCap > taken }
        let hint = wider.map { "the \($0.rawValue) stage allows \(playbook.plan(for: $0).cohortCap); widen the cohort through a gate decision" }
            ?? "the \(playbook.key) playbook allows no more at any stage"
        throw FieldError("login", "the \(target.rawValue) stage's cohort cap is \(cap) and \(taken) \(taken == 1 ? "is" : "are") enrolled for it; \(hint)")
    }
}
