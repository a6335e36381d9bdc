import PilotKit

/// What oversight reviewers write when they sign a gate, by discipline.
enum SignOffNote {
    static func text(_ discipline: Discipline, _ verdict: SignOffVerdict, _ rng: inout SplitMix64) -> String {
        rng.pick(verdict == .approve ? approvals(discipline) : dissents(discipline))
    }

    private static func approvals(_ discipline: Discipline) -> [String] {
        switch discipline {
        case .itSecurity: [
            "SSO enforced for every participant; audit log export verified for the last two weeks.",
            "Access list matches the cohort; no stale accounts; vendor security report current.",
            "Network path and encryption unchanged since vetting; no open security findings.",
        ]
        case .clinical: [
            "Reviewed a sample of signed drafts against the source; error profile acceptable for the next stage.",
            "Clinical metrics on target with enough samples; feedback shows no unaddressed safety theme.",
            "Edits concentrate on style, not content; safe to widen the cohort.",
        ]
        case .patientAdvocate: [
            "Patient-facing wording and consent materials reviewed with the advisory council.",
            "No patient complaints linked to the pilot; opt-out honoured in every audited case.",
        ]
        case .privacy: [
            "Scope matches the playbook for the next stage; BAA and retention terms re-checked.",
            "Minimum necessary data confirmed; no restricted domain in scope.",
            "Participants use organization accounts only; access reviewed.",
        ]
        }
    }

    private static func dissents(_ discipline: Discipline) -> [String] {
        switch discipline {
        case .itSecurity: ["Vendor's penetration test report is overdue; I would wait for it."]
        case .clinical: ["Major-edit rate is too close to the limit for my comfort; I would extend this stage."]
        case .patientAdvocate: ["The advisory council has not yet seen how the drafts read to patients; I cannot approve before it has."]
        case .privacy: ["Retention settings at the vendor have not been re-verified since the last contract change."]
        }
    }
}
