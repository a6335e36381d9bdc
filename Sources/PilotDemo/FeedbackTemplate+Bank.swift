extension FeedbackTemplate {
    /// Comments specific to each playbook's use case.
    static let byPlaybook: [String: [FeedbackTemplate]] = [
        "ambient-scribe": [
            FeedbackTemplate(.accuracy, 4...5, [], "HPI captured the whole story; BP {118-164}/{68-96} and HR {58-104} carried into the exam section correctly."),
            FeedbackTemplate(.omission, 2...3, [.symptom], "Draft missed the second complaint (left knee pain, {3-8}/10 for {2-6} weeks); added it by hand."),
            FeedbackTemplate(.accuracy, 3...4, [.medication], "Metformin 500 mg twice daily correct, but the new atorvastatin 40 mg was not in the plan."),
            FeedbackTemplate(.hallucination, 1...2, [.diagnosis], "Assessment listed type 2 diabetes with neuropathy; no neuropathy was discussed. A1c was {6.1-9.8}%."),
            FeedbackTemplate(.workflow, 4...5, [], "Closed {8-16} of {14-20} notes before leaving clinic today; saved me roughly {20-45} minutes."),
            FeedbackTemplate(.usability, 3...5, [], "Starting the recording takes {2-4} taps; would like it to start from the schedule."),
            FeedbackTemplate(.accuracy, 2...3, [.order], "Plan said 'order lipid panel' but I ordered a CMP and TSH; fixed both."),
            FeedbackTemplate(.workflow, 4...5, [], "Could keep eye contact through a {15-30} minute visit; note needed {1-3} small edits."),
        ],
        "discharge-summary": [
            FeedbackTemplate(.accuracy, 4...5, [], "Hospital course was concise and correct; creatinine trend {1.1-2.4} to {0.8-1.3} summarized well."),
            FeedbackTemplate(.omission, 2...3, [.order], "Pending blood cultures (drawn on hospital day {2-5}) missing from the follow-up section."),
            FeedbackTemplate(.accuracy, 2...3, [.medication], "Apixaban listed at 5 mg twice daily; reconciled dose is 2.5 mg twice daily. Corrected."),
            FeedbackTemplate(.workflow, 4...5, [], "Summary ready before rounds ended; signed {3-7} of {5-9} before the patients left."),
            FeedbackTemplate(.hallucination, 1...2, [.diagnosis], "Draft mentioned an echocardiogram that was never done (EF {35-60}% appears nowhere in the chart)."),
            FeedbackTemplate(.usability, 3...4, [], "Medication changes table is useful; would like stopped meds in a separate list."),
            FeedbackTemplate(.accuracy, 4...5, [.medication], "Insulin glargine {10-30} units nightly and sliding scale carried over exactly."),
        ],
        "inbox-reply": [
            FeedbackTemplate(.accuracy, 4...5, [], "Reply about the flu shot was accurate and friendly; sent with {0-2} small edits."),
            FeedbackTemplate(.usability, 2...3, [], "Tone a bit formal for a long-time patient; softened the opening before sending."),
            FeedbackTemplate(.omission, 2...3, [.symptom], "Patient mentioned chest tightness in the last line; draft answered only the refill question."),
            FeedbackTemplate(.workflow, 4...5, [], "Cleared {18-40} messages before noon; drafts were a good starting point for about half."),
            FeedbackTemplate(.accuracy, 3...4, [.medication], "Refill reply right on lisinopril {10-40} mg but should have asked for a BP log first."),
            FeedbackTemplate(.hallucination, 1...2, [.other], "Draft promised a callback 'within 24 hours', which is not our policy; removed."),
            FeedbackTemplate(.workflow, 3...4, [], "Lab result replies need the reference range; potassium {3.4-5.2} shown without it."),
        ],
        "radiology-impression": [
            FeedbackTemplate(.accuracy, 4...5, [], "Impression matched the findings; {4-9} mm nodule got the right follow-up interval."),
            FeedbackTemplate(.accuracy, 1...2, [.diagnosis], "Draft said right lower lobe; findings say left lower lobe. Caught before signing."),
            FeedbackTemplate(.omission, 2...3, [.diagnosis], "Incidental {1.2-3.8} cm adrenal nodule in the findings was left out of the impression."),
            FeedbackTemplate(.workflow, 4...5, [], "Turnaround on this list about {12-25} minutes shorter than usual."),
            FeedbackTemplate(.usability, 3...4, [], "Would prefer numbered impressions when there are more than {3-5} findings."),
            FeedbackTemplate(.hallucination, 1...2, [.other], "Impression compared with a prior CT that does not exist in PACS."),
        ],
        "staff-chat": [
            FeedbackTemplate(.accuracy, 4...5, [], "Gave the right isolation precautions for C. diff and cited policy IC-{100-140} version {2-6}."),
            FeedbackTemplate(.accuracy, 2...3, [.other], "Answer quoted the old visitor policy (withdrawn last year); the current one allows {2-4} visitors."),
            FeedbackTemplate(.workflow, 4...5, [], "Found the PTO carry-over rule in under a minute instead of calling HR."),
            FeedbackTemplate(.usability, 3...4, [], "Would like answers to link straight to the policy PDF."),
            FeedbackTemplate(.omission, 3...4, [.other], "Answer on blood culture collection skipped the {2-3} bottle requirement."),
            FeedbackTemplate(.workflow, 4...5, [], "Night shift used it {5-15} times for scheduling questions; rota answers were correct."),
        ],
    ]

    /// Comments that fit any use case.
    static let common: [FeedbackTemplate] = [
        FeedbackTemplate(.usability, 4...5, [], "Fast and easy; about {2-6} minutes saved per case today."),
        FeedbackTemplate(.workflow, 3...4, [], "Worked well on {10-24} cases; two needed heavier edits than I would like."),
        FeedbackTemplate(.accuracy, 3...5, [], "Mostly right; reviewed {5-12} drafts, {0-2} needed real changes."),
    ]

    /// Comments that suggest an incident be considered.
    static let concerns: [FeedbackTemplate] = [
        FeedbackTemplate(.safetyConcern, 1...2, [.medication], "Draft doubled a dose (warfarin {2-5} mg became {6-10} mg). Caught it, but this needs a look."),
        FeedbackTemplate(.privacyConcern, 2...3, [.other], "Draft referred to another patient's visit from earlier in the day; nothing was sent."),
    ]

    /// Comments carrying fictional identifiers (names, record numbers, dates, phone numbers,
    /// addresses) that a careless clinician might type; the PHI guard redacts them before storage.
    static let identifying: [FeedbackTemplate] = [
        FeedbackTemplate(.accuracy, 2...3, [.medication], "Pt Maria Gonzalez, MRN 40718823: draft listed lisinopril 20 mg but she takes 10 mg."),
        FeedbackTemplate(.omission, 2...3, [.symptom], "For Mr. Harold Finch (DOB 03/14/1947) the draft left out his new dizziness."),
        FeedbackTemplate(.workflow, 3...4, [], "Patient asked to be called at (555) 013-4471 instead of the portal; draft ignored it."),
        FeedbackTemplate(.accuracy, 2...3, [.other], "Address in the draft was the old one; patient moved to 1420 Elm Street, Springfield 62704."),
        FeedbackTemplate(.privacyConcern, 2...3, [.other], "Draft quoted the patient's e-mail jdoe1958@example.com and SSN 000-12-3456 in full."),
        FeedbackTemplate(.accuracy, 3...4, [.diagnosis], "Admission 02/11/2025 for Ruth Alvarez, account 7734-2219: diagnosis list was correct otherwise."),
    ]
}
