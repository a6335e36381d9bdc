import PilotKit

extension PilotStory {
    /// Playbooks in the order generated pilots cycle through them, with the key prefix, the
    /// departments and the tool each uses.
    private static let generatedPlans: [(playbook: String, prefix: String, tool: String, departments: [String])] = [
        ("ambient-scribe", "AMB", "NIMBUS-SCRIBE", [
            "Family Medicine", "Internal Medicine", "Primary Care", "Cardiology", "Orthopedics", "Neurology",
            "Obstetrics & Gynecology", "Dermatology", "Endocrinology", "Urgent Care", "Geriatrics",
        ]),
        ("discharge-summary", "DSUM", "CLEARNOTE-DS", ["Hospital Medicine", "General Surgery", "Cardiology", "Orthopedics", "Neurology", "Oncology"]),
        ("inbox-reply", "INBOX", "INBOXPAL", ["Primary Care", "Family Medicine", "Cardiology", "Endocrinology", "Dermatology", "Oncology"]),
        ("radiology-impression", "RAD", "LUMINA-RAD", ["Radiology"]),
        ("staff-chat", "CHAT", "RB-ASSIST", ["Nursing", "Pharmacy", "Emergency Medicine", "Hospital Medicine"]),
    ]

    private static let generatedSites = [
        "Riverbend Main Campus", "Northgate Clinic", "Eastside Family Medicine Clinic", "Harborpoint Hospital",
        "Willowcreek Clinic", "Southfield Outpatient Center", "Cedarhill Imaging Center",
    ]

    /// The `number`th generated pilot (from 1), owned by `owner`. Its final stage cycles through
    /// every stage; some end paused by an incident, rolled back or retired; a quarter log a minor
    /// incident on the way. Every stay lasts at least two weeks, so gates see enough samples.
    static func generated(number: Int, owner: String) -> PilotStory {
        var rng = SplitMix64(seed: "generated-pilot-\(number)")
        let plan = generatedPlans[number % generatedPlans.count]
        let department = plan.departments[(number / generatedPlans.count) % plan.departments.count]
        let site = generatedSites[number % generatedSites.count]
        let final = Stage.allCases[(number / generatedPlans.count) % Stage.allCases.count]
        let ending: PilotStatus =
            switch number % 10 {
            case 3 where final > .intake: .paused
            case 6 where final > .intake && final < .general: .rolledBack
            case 9: .retired
            default: .active
            }
        var stays = Stage.allCases.filter { $0 < final }.enumerated().map { turn, stage in
            StageStay(stage, weeks: 2, .decision(turn % 3 == 2
                ? .goWithConditions(nil, conditions: "Monthly audit of a sample of drafts; report back at the next gate.")
                : .go()))
        }
        switch ending {
        case .rolledBack:
            stays.append(StageStay(final, weeks: 2, .decision(.go())))
            stays.append(StageStay(final.next!, weeks: 2, .decision(GateScript(
                kind: .rollback, rationale: "Targets slipped after the last gate; roll back and revalidate before trying again."))))
            stays.append(StageStay(final))
        case .retired:
            stays.append(StageStay(final, weeks: 2, .decision(GateScript(
                kind: .stop, rationale: "The department's priorities changed; stop the pilot and keep its evidence for a later proposal."))))
        default:
            stays.append(StageStay(final))
        }
        let startWeek = rng.int(in: 0...(DemoCalendar.weeks - 2 * stays.count))
        let lastStay = stays.count - 1
        var incidents: [IncidentScript] = []
        if ending == .paused {
            incidents.append(IncidentScript(
                stay: lastStay, week: 1, weekday: 2, severity: rng.int(in: 0...1) == 0 ? .high : .critical, kind: .unsafeOutput,
                summary: "A signed draft carried a wrong medication dose into the record; found on the weekly audit.",
                containment: "Tool disabled for the cohort; notes signed since the last audit are being re-reviewed.",
                resolution: .open))
        } else if number % 4 == 1, let stay = stays.firstIndex(where: { $0.stage > .intake }) {
            incidents.append(IncidentScript(
                stay: stay, week: 0, weekday: 2, severity: rng.int(in: 0...1) == 0 ? .low : .medium,
                kind: rng.pick([.unsafeOutput, .promptInjection, .other]),
                summary: "A draft needed correction before signing; reported by the clinician who caught it.",
                containment: "Similar drafts from the week checked; no other case found.",
                resolution: .closed(afterDays: 2, note: "Cause understood and the prompt adjusted; re-tested on 20 cases.")))
        }
        return PilotStory(
            key: "\(plan.prefix)-\(number)", name: "\(department) at \(site)", playbook: plan.playbook, tool: plan.tool,
            owner: owner, department: department, sites: [site],
            problem: "\(department) at \(site) wants to test whether the tool reduces documentation and messaging load.",
            successCriteria: "The playbook's gate targets, with no clinically significant errors.",
            startWeek: startWeek, stays: stays, incidents: incidents,
            risks: [
                RiskScript(
                    week: 1, title: "Staff over-rely on drafts at busy times", category: .operational,
                    likelihood: rng.int(in: 1...4), impact: rng.int(in: 2...4),
                    mitigation: "Review attestation at signing; monthly sample audit.", raisedBy: .clinical),
            ])
    }
}
