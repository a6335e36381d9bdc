import Foundation
import PilotKit
import Testing

/// Identifiers written without the cues the guard began with (issue #17): names in ALL CAPS or
/// lowercase, bare surnames, towns, streets without a number, international phone numbers and
/// birth years over 89; and what must survive them. Written for these tests, apart from the corpus.
struct PHIUncuedIdentifierTests {
    typealias Case = PHIGuardRedactionTests.Case

    private let phiGuard = PHIGuard()
    /// 2026-12-06, noon UTC: born in 1936 or before is over 89.
    private let writtenOn = Date(timeIntervalSince1970: 1_796_558_400)

    @Test("names in lowercase", arguments: [
        Case("pt jorge castillo asked for a copy", "pt [NAME] asked for a copy", raw: "castillo"),
        Case("dr ferreira wants the summary shorter", "dr [NAME] wants the summary shorter", raw: "ferreira"),
        Case("mrs wojcik did not consent", "mrs [NAME] did not consent", raw: "wojcik"),
        Case("her son mateo translated", "her son [NAME] translated", raw: "mateo"),
        Case("called ramirez back at noon", "called [NAME] back at noon", raw: "ramirez"),
        Case("the note for kelly smith was late", "the note for [NAME] was late", raw: "smith"),
        Case("mr abernethy-lund refused", "mr [NAME] refused", raw: "lund"),
    ])
    func lowercaseNames(_ example: Case) { check(example) }

    @Test("names in ALL CAPS", arguments: [
        Case("Banner read CHARLOTTE WHITAKER today.", "Banner read [NAME] today.", raw: "WHITAKER"),
        Case("MRS OKAFOR ASKED FOR A COPY", "MRS [NAME] ASKED FOR A COPY", raw: "OKAFOR"),
        Case("Pasted GUTIERREZ, ROSA into the plan.", "Pasted [NAME] into the plan.", raw: "ROSA"),
        Case("The header said FITZGERALD in capitals.", "The header said [NAME] in capitals.", raw: "FITZGERALD"),
        Case("NOTE FOR NAKAMURA IS WRONG", "NOTE FOR [NAME] IS WRONG", raw: "NAKAMURA"),
    ])
    func uppercaseNames(_ example: Case) { check(example) }

    @Test("bare surnames and given names", arguments: [
        Case("The letter for Szczepanski went out late.", "The letter for [NAME] went out late.", raw: "Szczepanski"),
        Case("We discussed consent with Villarreal today.", "We discussed consent with [NAME] today.", raw: "Villarreal"),
        Case("Nakashima declined the recording.", "[NAME] declined the recording.", raw: "Nakashima"),
        Case("Please tell Rosalind the draft is ready.", "Please tell [NAME] the draft is ready.", raw: "Rosalind"),
        Case("Smith, John called about the form.", "[NAME] called about the form.", raw: "Smith"),
    ])
    func bareNames(_ example: Case) { check(example) }

    @Test("towns and cities", arguments: [
        Case("She moved to Bakersfield in May.", "She moved to [ADDRESS] in May.", raw: "Bakersfield"),
        Case("Patient lives in Muncie with her son.", "Patient lives in [ADDRESS] with her son.", raw: "Muncie"),
        Case("Drove in from Baton Rouge for the visit.", "Drove in from [ADDRESS] for the visit.", raw: "Rouge"),
        Case("lives in kalispell, per the draft", "lives in [ADDRESS], per the draft", raw: "kalispell"),
        Case("PATIENT FROM ALBUQUERQUE", "PATIENT FROM [ADDRESS]", raw: "ALBUQUERQUE"),
        Case("Retired near St. Augustine last year.", "Retired near [ADDRESS] last year.", raw: "Augustine"),
        Case("Tuscaloosa, Alabama is where she grew up.", "[ADDRESS] is where she grew up.", raw: "Tuscaloosa"),
        Case("Her brother in Manchester called.", "Her brother in [ADDRESS] called.", raw: "Manchester"),
        Case("A resident of Muncie since 2001.", "A resident of [ADDRESS] since 2001.", raw: "Muncie"),
    ])
    func towns(_ example: Case) { check(example) }

    @Test("streets without a house number", arguments: [
        Case("He lives on Juniper Ridge Road alone.", "He lives on [ADDRESS] alone.", raw: "Juniper"),
        Case("The pharmacy near Magnolia Ave was closed.", "The pharmacy near [ADDRESS] was closed.", raw: "Magnolia"),
        Case("Hit at the corner of Pine Street and 3rd Avenue.", "Hit at the corner of [ADDRESS] and [ADDRESS].",
             raw: "Pine"),
        Case("lives on cedar hollow lane with her son", "lives on [ADDRESS] with her son", raw: "hollow"),
        Case("SHE LIVES ON WILLOW BEND DRIVE", "SHE LIVES ON [ADDRESS]", raw: "WILLOW"),
    ])
    func streets(_ example: Case) { check(example) }

    @Test("international phone numbers", arguments: [
        Case("Son in London: +44 20 7946 0123.", "Son in [ADDRESS]: [PHONE].", raw: "7946"),
        Case("Mobile +353 86 555 0199 was read out.", "Mobile [PHONE] was read out.", raw: "0199"),
        Case("Call +4915555501234 after six.", "Call [PHONE] after six.", raw: "4915555501234"),
        Case("Reachable at +44 (0)20 7946 0456.", "Reachable at [PHONE].", raw: "0456"),
        Case("Landline 0161 496 0345 kept.", "Landline [PHONE] kept.", raw: "496"),
        Case("Number (02) 5550 4455 in the plan.", "Number [PHONE] in the plan.", raw: "4455"),
        Case("Text her on 07700 900777.", "Text her on [PHONE].", raw: "900777"),
        Case("mobile 55 1234 5678 in Mexico City", "mobile [PHONE] in [ADDRESS]", raw: "5678"),
        Case("Cousin on 0044 20 7946 0789.", "Cousin on [PHONE].", raw: "0789"),
    ])
    func internationalPhones(_ example: Case) { check(example) }

    @Test("birth years over 89", arguments: [
        Case("She was born in 1930.", "She was born in [AGE>89].", raw: "1930"),
        Case("Father (b. 1935) came along.", "Father (b. [AGE>89]) came along.", raw: "1935"),
        Case("YOB: 1926 in the header.", "YOB: [AGE>89] in the header.", raw: "1926"),
        Case("Year of birth 1929 was kept.", "Year of birth [AGE>89] was kept.", raw: "1929"),
        Case("Born around 1932, she thinks.", "Born around [AGE>89], she thinks.", raw: "1932"),
        Case("Mother b.1933 per chart.", "Mother b.[AGE>89] per chart.", raw: "1933"),
        Case("She was born in '28.", "She was born in '[AGE>89].", raw: "28"),
    ])
    func birthYears(_ example: Case) { check(example) }

    @Test func aBirthYearCountsAgainstTheDayTheTextIsWritten() {
        let nextYear = Date(timeIntervalSince1970: 1_812_196_800)  // 2027-06-05

        #expect(phiGuard.redact("born in 1936", writtenOn: writtenOn).text == "born in [AGE>89]")
        #expect(phiGuard.redact("born in 1937", writtenOn: writtenOn).isClean)
        #expect(phiGuard.redact("born in 1937", writtenOn: nextYear).text == "born in [AGE>89]")
        #expect(phiGuard.redact("born in 1937").text == phiGuard.redact("born in 1937", writtenOn: Date()).text)
    }

    @Test("what surrounds them is kept byte-identical", arguments: [
        "Baker's cyst, a Rice diet, Page kidney; Chase the K tomorrow; Drive home after.",
        "Gleason 3+4, Braden 14, Killip II, Phalen positive, Spurling negative, Murphy's sign.",
        "Switched from Norco to Tylenol 650 mg at 14:30; Eliquis 5 mg BID, Keppra 500 mg.",
        "Seen in Cardiology, moved to Step Down at 0300, then from Radiology to Ortho.",
        "She moved to Georgia; lives in Independent Living; interpreter in Tagalog.",
        "BP 142/88, +2 edema, 2+ reflexes, v2.4.1, range 120-140, meds at 0800 1200 1600.",
        "Born in 1958, retired in 2019; the clinic opened in 1931; born in 1937.",
        "NKDA. NPO AFTER MIDNIGHT. LASIX 40 MG IV BID. FOLLOW UP WITH CARDIOLOGY.",
        "pt seen and examined, continue lasix, pt ast 80, pt ana positive, dr appt tomorrow",
        "Stevens-Johnson on the differential; Ramsay Hunt syndrome; Hickman line flushed.",
        "Lives on the 2nd floor, lives on a fixed income, on Lasix, near St. Jude.",
        "Kaiser and Sutter clinicians liked it; Bell's palsy and Wilson disease were noted.",
        "Positive Murphy, negative Homans, a Hickman placed, Holter showed AF; born in '58.",
        "Chase, Baker and Rice; Hunt/Hess 2; seen at Kaiser Oakland; pH 7.1931.",
    ])
    func surroundingsAreKept(_ text: String) {
        let redaction = phiGuard.redact(text, writtenOn: writtenOn)
        #expect(Array(redaction.text.utf8) == Array(text.utf8))
        #expect(redaction.isClean)
    }

    private func check(_ example: Case) {
        let redaction = phiGuard.redact(example.input, writtenOn: writtenOn)
        #expect(redaction.text == example.expected)
        #expect(!redaction.text.contains(example.raw))
        #expect(!redaction.isClean)
    }
}
