import PilotKit
import Testing

/// Clinical numbers and ordinary capitalised words are the substance of the feedback: the guard
/// must hand them back byte-identical.
struct PHIClinicalContentTests {
    @Test("clinical text is kept byte-identical", arguments: [
        "Doses: metformin 500 mg BID, 0.5 mL, 10 units, Tylenol 500-1000 mg, dosed at 500-1000 mg.",
        "Vitals: BP 128/82, HR 72, HR is 96, SpO2 98%, temp 38.2, RR 16.",
        "Scores: PDQI-9 38/45, rated 4/5, SUS 72.5, Mini-Z 3, MMSE 24/30, pain 9/10.",
        "Durations and counts: 15 minutes, 2 weeks, 1,240 notes, 27 clinicians, 96 kHz audio.",
        "Versions: v2.3.1, model 4.1, build 10.4.2, release 2024.1.",
        "Codes: ICD-10 E11.9, I10, J45.909, M54.50; CPT 99213 and 99214.",
        "Places: room 412 on the 4th floor, bed 12B, Clinic 3B, floor 2.",
        "Times: 14:30, 2:15 pm, 10:15:30, 07:45.",
        "Labs: A1c 7.2%, K 4.1, Na 138, INR 2.4, ratio 1:40, 2/3 of notes.",
        "Epic, Dragon and Cardiology liked it on Monday in March; Family Medicine did not.",
        "In 2024, since January 2024, the March release, and March 2024 all stay.",
        "A 67-year-old, age 89, ages 18-89, the 89-year-old and patients in their 90s.",
        "Parkinson's, Crohn's disease, Bell's palsy, the AI's summary and Epic's inbox.",
        "Température 38.2 °C — naïve café résumé, 5 µg, “quoted” text.",
        "The plan may 5 times a day be adjusted; march 3 steps, then rest.",
    ])
    func clinicalTextIsKept(_ text: String) {
        let redaction = PHIGuard().redact(text)
        #expect(Array(redaction.text.utf8) == Array(text.utf8))
        #expect(redaction.isClean)
        #expect(redaction.kinds.isEmpty)
    }
}
