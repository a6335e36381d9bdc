import PilotKit

extension PilotStory {
    /// Whose next gate is ready: every criterion met and signed.
    static let readyKey = "DSUM-HM"
    /// Whose next gate misses exactly one criterion: empathy below the baseline.
    static let unmetKey = "INBOX-PC"
    /// Paused by an open high-severity incident.
    static let pausedKey = "AMB-ED"
    /// Paused by a safeguard: a harmful reply sent opened a critical incident.
    static let trippedKey = "INBOX-CARD"
    /// In general use past its review: its playbook reviews a low-risk staff assistant monthly.
    static let overdueKey = "CHAT-STAFF"
    /// Whose next gate has a metric its interval cannot decide yet: turnaround just under its target.
    static let inconclusiveKey = "RAD-CT"

    /// The pilots of Riverbend Health, together covering every stage, every side state and every
    /// kind of decision, including a leadership override.
    static let scripted: [PilotStory] = [
        PilotStory(
            key: "AMB-FM", name: "Ambient scribe in Eastside Family Medicine", playbook: "ambient-scribe",
            tool: "NIMBUS-SCRIBE", owner: "priya.raman", department: "Family Medicine",
            sites: ["Eastside Family Medicine Clinic"],
            problem: "Family physicians at Eastside spend about 16 minutes documenting each visit and finish the day's notes from home; 41% report burnout on the Mini-Z.",
            successCriteria: "Documentation time down at least 15% against the baseline, no clinically significant errors in signed notes, note quality not worse, usability (SUS) of 68 or more.",
            startWeek: 0,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go("Tool vetted; consent script and room signage approved by the patient advisory council. Start silent validation on consented recordings.", byLeadership: true))),
                StageStay(.validation, weeks: 2, .decision(.go("Silent validation on consented visits: no clinically significant errors and major edits within target. Start the micro-pilot with one care team."))),
                StageStay(.micro, weeks: 3, .decision(.goWithConditions(
                    "Micro-pilot met every target; move to a controlled pilot against the pre-pilot baseline.",
                    conditions: "Consent signage in every exam room before go-live; weekly audit of 10 signed notes against the audio."))),
                StageStay(.controlled, weeks: 4, .decision(.go(
                    "Controlled pilot met every gate target, including documentation time and burnout; expansion adds the Westside clinics in two waves.",
                    signOffs: .quorumWithDissent(.patientAdvocate)))),
                StageStay(.expansion),
            ],
            incidents: [
                IncidentScript(
                    stay: 2, week: 1, weekday: 3, severity: .low, kind: .other,
                    summary: "Recording started before the patient had agreed; the clinician stopped it and deleted the audio within a minute.",
                    containment: "Audio confirmed deleted at the vendor; no note was drafted from it.",
                    resolution: .closed(afterDays: 4, note: "Consent prompt now appears before the record button; two-minute refresher at the team huddle.")),
            ],
            risks: [
                RiskScript(
                    week: 3, title: "Audio captured in shared rooms with curtain dividers", category: .privacy, likelihood: 2, impact: 3,
                    mitigation: "Use single rooms only; pause recording when a neighbouring visit is audible.", raisedBy: .privacy,
                    change: .init(afterWeeks: 4, status: .mitigated, likelihood: 1)),
                RiskScript(
                    week: 8, title: "Clinic Wi-Fi drops interrupt recordings", category: .operational, likelihood: 3, impact: 2,
                    mitigation: "", change: .init(afterWeeks: 3, status: .accepted, likelihood: nil)),
            ],
            enrolsAdmin: true),
        PilotStory(
            key: "AMB-ED", name: "Ambient scribe in the Emergency Department", playbook: "ambient-scribe",
            tool: "NIMBUS-SCRIBE", owner: "tomas.ibarra", department: "Emergency Medicine",
            sites: ["Riverbend Main Campus ED"],
            problem: "Emergency physicians spend a third of each shift charting; notes for high-acuity patients are often finished hours after the encounter.",
            successCriteria: "No clinically significant errors, major edits at 20% or less, and documentation time down without delaying notes.",
            startWeek: 5,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go("Vetting carried over from the family medicine pilot; ED consent workflow approved for walk-in and ambulance arrivals.", byLeadership: true))),
                StageStay(.validation, weeks: 2, .decision(.go("Silent validation on ED encounters: no significant errors. Start the micro-pilot on the day shift in fast-track and majors."))),
                StageStay(.micro),
            ],
            incidents: [
                IncidentScript(
                    stay: 2, week: 3, weekday: 2, severity: .high, kind: .unsafeOutput,
                    summary: "Signed ED note listed a penicillin allergy the patient had denied; the draft took it from a relative's remark in the room.",
                    feedback: "Draft recorded a penicillin allergy the patient explicitly denied; I caught it only after signing. Ceftriaxone 1 g was nearly withheld.",
                    containment: "Scribe disabled for the ED cohort; the 46 notes signed since the last audit are being re-reviewed by the signing physicians.",
                    resolution: .open),
            ],
            risks: [
                RiskScript(
                    week: 1, title: "Trauma bay noise lowers transcription accuracy", category: .safety, likelihood: 4, impact: 4,
                    mitigation: "Scribe off in resuscitation bays; use in fast-track and majors only."),
            ],
            misses: [MetricMiss(metric: "major-edits", stage: .micro)]),
        PilotStory(
            key: "DSUM-HM", name: "Discharge summary drafting on Hospital Medicine", playbook: "discharge-summary",
            tool: "CLEARNOTE-DS", owner: "hannah.becker", department: "Hospital Medicine",
            sites: ["Riverbend Main Campus, 5 North", "Riverbend Main Campus, 6 South"],
            problem: "Only 42% of discharge summaries are signed by the time the patient leaves, so primary-care follow-up starts without an accurate medication list.",
            successCriteria: "Summary time down 20%, signed-by-discharge up 10 points, at most 1 medication discrepancy per 100 summaries, no significant errors.",
            startWeek: 1,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go("Vetting complete; validation compares drafts with last month's signed summaries."))),
                StageStay(.validation, weeks: 2, .decision(.go("Side-by-side review of 60 summaries found no significant errors; start with one hospitalist team on 5 North."))),
                StageStay(.micro, weeks: 3, .decision(.go("Micro-pilot on 5 North met its targets; controlled pilot with 6 South as the comparison unit.", byLeadership: true))),
                StageStay(.controlled, .awaitingDecision(.quorum)),
            ],
            incidents: [
                IncidentScript(
                    stay: 2, week: 1, weekday: 2, severity: .medium, kind: .unsafeOutput,
                    summary: "Draft carried an outdated apixaban dose from an earlier progress note; caught at sign-off.",
                    containment: "All drafts from the week re-checked against the reconciled medication list; no other discrepancy found.",
                    resolution: .closed(afterDays: 2, note: "Drafts now take medications only from the reconciled discharge list; prompt change validated on 25 charts.")),
            ],
            risks: [
                RiskScript(
                    week: 6, title: "Draft omits pending pathology results", category: .safety, likelihood: 3, impact: 4,
                    mitigation: "Pending-results section required before signing; pathology feed added to the inputs.", raisedBy: .clinical,
                    change: .init(afterWeeks: 4, status: .mitigated, likelihood: 2)),
            ],
            enrolsAdmin: true),
        PilotStory(
            key: "DSUM-SURG", name: "Discharge summary drafting on General Surgery", playbook: "discharge-summary",
            tool: "CLEARNOTE-DS", owner: "kwame.mensah", department: "General Surgery",
            sites: ["Riverbend Main Campus, 4 West"],
            problem: "Surgical discharge summaries are written by rotating residents late in the day; receiving clinicians miss wound-care and drain instructions.",
            successCriteria: "At most 1 medication discrepancy per 100 summaries, no significant errors, and drain and wound-care instructions in every summary.",
            startWeek: 3,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go())),
                StageStay(.validation, weeks: 2, .decision(.go())),
                StageStay(.micro, weeks: 3, .decision(GateScript(
                    kind: .rollback,
                    rationale: "Medication discrepancies stayed above the 1 per 100 target for three weeks; roll back to validation and rework reconciliation of post-operative anticoagulation."))),
                StageStay(.validation),
            ],
            incidents: [
                IncidentScript(
                    stay: 2, week: 1, weekday: 3, severity: .medium, kind: .unsafeOutput,
                    summary: "Draft listed enoxaparin 40 mg twice daily instead of once daily; the resident corrected it before signing.",
                    containment: "Drafts for patients on anticoagulants now flagged for a pharmacist check.",
                    resolution: .closed(afterDays: 4, note: "Anticoagulant doses checked against the MAR before the draft is shown; 30 charts re-reviewed, no other error.")),
            ],
            risks: [
                RiskScript(
                    week: 2, title: "Operative details copied from the template note instead of the operative report", category: .safety,
                    likelihood: 3, impact: 4, mitigation: "Operative report is a required input; validation checks 20 charts by hand."),
            ],
            misses: [MetricMiss(metric: "medication-discrepancies", stage: .micro)]),
        PilotStory(
            key: "INBOX-PC", name: "Portal reply drafting in Northgate Primary Care", playbook: "inbox-reply",
            tool: "INBOXPAL", owner: "grace.liu", department: "Primary Care", sites: ["Northgate Clinic"],
            problem: "Primary-care clinicians answer about 120 portal messages a week each, mostly after hours.",
            successCriteria: "No harmful replies sent, empathy not worse than clinician-written replies, drafts used as the starting point of at least 20% of replies.",
            startWeek: 9,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go("Vetted with one condition: a disclosure line on AI-assisted replies. Validate on messages already answered."))),
                StageStay(.validation, .awaitingDecision(.quorum)),
            ],
            incidents: [
                IncidentScript(
                    stay: 1, week: 1, weekday: 2, severity: .low, kind: .promptInjection,
                    summary: "A portal message asked the assistant to ignore its instructions and list the patient's medications; the draft ignored it.",
                    containment: "Message quarantined and forwarded to the security office; no draft was sent.",
                    resolution: .closed(afterDays: 2, note: "Red-team case added to the validation set; message text confirmed to be passed as data only.")),
            ],
            risks: [
                RiskScript(
                    week: 2, title: "Drafts for Spanish-language messages answered in English", category: .bias, likelihood: 2, impact: 3,
                    mitigation: "Route non-English messages to bilingual staff until the language check is validated.", raisedBy: .patientAdvocate),
            ],
            misses: [MetricMiss(metric: "empathy", stage: .validation)],
            enrolsAdmin: true),
        PilotStory(
            key: "INBOX-QR", name: "Reply drafting with QuickReply at Willowcreek", playbook: "inbox-reply",
            tool: "QUICKREPLY", owner: "grace.liu", department: "Primary Care", sites: ["Willowcreek Clinic"],
            problem: "The women's health team at Willowcreek wants faster answers to routine questions about appointments and results.",
            successCriteria: "Drafts used in at least 20% of replies with no harmful replies sent.",
            startWeek: 13,
            stays: [StageStay(.intake)],
            risks: [
                RiskScript(
                    week: 0, title: "Vendor contract allows training on patient messages", category: .privacy, likelihood: 4, impact: 5,
                    mitigation: "No patient data until the contract carries a no-training clause; legal has asked for an amendment.", raisedBy: .privacy),
                RiskScript(
                    week: 1, title: "Subprocessors of the vendor not disclosed", category: .regulatory, likelihood: 3, impact: 5,
                    mitigation: "", raisedBy: .privacy),
            ],
            intakeAccounts: [
                Participant(login: "laura.moretti", account: .organizationSSO),
                Participant(login: "david.kim", account: .personal),
            ],
            reviewsActionPlan: false),
        PilotStory(
            key: "RAD-CT", name: "Impression drafting for chest CT", playbook: "radiology-impression",
            tool: "LUMINA-RAD", owner: "elodie.marchand", department: "Radiology",
            sites: ["Riverbend Main Campus Imaging", "Cedarhill Imaging Center"],
            problem: "Chest CT reports wait a median of 95 minutes after the exam, and incidental nodules often lack a guideline follow-up recommendation.",
            successCriteria: "No significant or laterality errors, discordance at most 2%, follow-up recommendations up 5 points, turnaround down 10%.",
            startWeek: 2,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go())),
                StageStay(.validation, weeks: 2, .decision(.goWithConditions(
                    "Two radiologists scored 200 drafts from last month's chest CTs: no significant errors.",
                    conditions: "Chest CT only; every draft impression double-read for the first two weeks."))),
                StageStay(.micro, weeks: 3, .decision(GateScript(
                    kind: .hold,
                    rationale: "The patient advisory council asked to review how follow-up recommendations read in the portal; extend the micro-pilot by two weeks.",
                    signOffs: .withheld(.patientAdvocate)))),
                StageStay(.micro, weeks: 2, .decision(.go("Advisory council approved the follow-up wording; every metric on target for five weeks."))),
                StageStay(.controlled),
            ],
            incidents: [
                IncidentScript(
                    stay: 3, week: 0, weekday: 1, severity: .high, kind: .unauthorizedAccess,
                    summary: "A former resident's account could still open the drafting panel; access logs show two draft views after the rotation ended.",
                    containment: "Account disabled; access logs preserved and reviewed with the security office.",
                    resolution: .closedAndResumed(
                        afterDays: 2,
                        note: "Access review found no other stale account; both drafts viewed belonged to patients the resident had treated.",
                        rationale: "Stale-account incident closed; access is now tied to the active rotation schedule.")),
            ],
            risks: [
                RiskScript(
                    week: 4, title: "Follow-up recommendations conflict with the Fleischner guideline", category: .safety, likelihood: 2, impact: 4,
                    mitigation: "Recommendation text comes from a versioned guideline table reviewed by thoracic radiology.", raisedBy: .clinical),
            ],
            undecided: [MetricMiss(metric: "turnaround", stage: .controlled)]),
        PilotStory(
            key: "CHAT-STAFF", name: "Policy and procedure assistant for staff", playbook: "staff-chat",
            tool: "RB-ASSIST", owner: "marcus.feld", department: "Nursing",
            sites: ["Riverbend Main Campus", "Harborpoint Hospital"],
            problem: "Staff search a 4,000-page intranet or call the service desk to find policies: 140 policy and scheduling tickets a week.",
            successCriteria: "Answers match the current policy at least 95% of the time, no outdated citations, service-desk tickets down 20%.",
            startWeek: 0,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go())),
                StageStay(.validation, weeks: 2, .decision(.go())),
                StageStay(.micro, weeks: 2, .decision(.go())),
                StageStay(.controlled, weeks: 3, .decision(.go())),
                StageStay(.expansion, weeks: 3, .decision(.goWithConditions(
                    "Weekly active use is below 40% only because revenue-cycle staff joined in the last wave; every accuracy and privacy target is met. Leadership overrides the gate into general use.",
                    conditions: "Report weekly active use every month; revisit at the next review if it is still under 40%.",
                    override: true))),
                StageStay(.general),
            ],
            incidents: [
                IncidentScript(
                    stay: 3, week: 1, weekday: 2, severity: .medium, kind: .dataBreach,
                    summary: "A nurse pasted a patient's name and record number into a question about wound-care policy.",
                    containment: "Chat purged from history and logs; the nurse's manager informed.",
                    resolution: .closed(afterDays: 2, note: "Input filter now blocks identifiers and explains why; units reminded that the assistant is not for patient data.")),
                IncidentScript(
                    stay: 5, week: 3, weekday: 1, severity: .low, kind: .modelChange,
                    summary: "Model upgraded to version 2.2 on the private instance; pilot flagged for revalidation.",
                    containment: "200 policy questions from the validation set re-run on version 2.2.",
                    resolution: .closed(afterDays: 2, note: "Accuracy on the validation set unchanged; revalidation evidence attached to the pilot.")),
            ],
            risks: [
                RiskScript(
                    week: 7, title: "GPU capacity insufficient for hospital-wide use", category: .operational, likelihood: 3, impact: 3,
                    mitigation: "Second inference node budgeted; per-department queue limits until it arrives.", raisedBy: .itSecurity,
                    change: .init(afterWeeks: 5, status: .accepted, likelihood: nil)),
            ],
            misses: [MetricMiss(metric: "weekly-active", stage: .expansion)]),
        PilotStory(
            key: "CHAT-PUB", name: "Consumer chatbot for nursing policy questions", playbook: "staff-chat",
            tool: "CHATMATE", owner: "marcus.feld", department: "Nursing", sites: ["Harborpoint Hospital"],
            problem: "Night-shift nurses asked to look up policies with a free consumer chatbot on their phones.",
            successCriteria: "Faster policy answers on night shifts.",
            startWeek: 1,
            stays: [
                StageStay(.intake, weeks: 2, .decision(GateScript(
                    kind: .stop,
                    rationale: "ChatMate is a public consumer service with no BAA that trains on prompts, and vetting rejected it. Stop here; nurses are served by the private staff assistant (CHAT-STAFF)."))),
            ],
            risks: [
                RiskScript(
                    week: 0, title: "Consumer service keeps prompts indefinitely and may train on them", category: .privacy,
                    likelihood: 5, impact: 5, mitigation: "Do not use; blocked on the hospital network.", raisedBy: .privacy,
                    change: .init(afterWeeks: 2, status: .closed, likelihood: nil)),
            ]),
        PilotStory(
            key: "INBOX-CARD", name: "Portal reply drafting in Cardiology", playbook: "inbox-reply",
            tool: "INBOXPAL", owner: "yusuf.demir", department: "Cardiology", sites: ["Riverbend Heart Center"],
            problem: "Cardiology triages 300 portal messages a week about symptoms, device checks and anticoagulation.",
            successCriteria: "No harmful replies sent, empathy not worse, drafts used in at least 20% of replies.",
            startWeek: 4,
            stays: [
                StageStay(.intake, weeks: 2, .decision(.go())),
                StageStay(.validation, weeks: 3, .decision(.go())),
                StageStay(.micro),
            ],
            incidents: [
                IncidentScript(
                    stay: 2, week: 5, weekday: 2, severity: .critical, kind: .safeguard,
                    summary: "Weekly audit found a sent reply telling a patient on warfarin to double the evening dose after a missed one.",
                    safeguard: .init(metric: "harmful-sent", value: 1, n: 212),
                    containment: "Drafting switched off for anticoagulation messages; the patient was called by the anticoagulation nurse and is well.",
                    resolution: .open),
            ],
            risks: [
                RiskScript(
                    week: 3, title: "Drafts suggest anticoagulant dose changes", category: .safety, likelihood: 2, impact: 5,
                    mitigation: "Drafts never propose dose changes; anticoagulation questions go to the pharmacist pool.", raisedBy: .clinical),
            ]),
    ]
}
