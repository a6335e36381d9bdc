import PilotKit
import Testing

/// Each identifier kind, in several written formats, must come out as its own placeholder with no
/// trace of the raw value.
struct PHIGuardRedactionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: String
        let raw: String
        var testDescription: String { input }

        init(_ input: String, _ expected: String, raw: String) {
            self.input = input
            self.expected = expected
            self.raw = raw
        }
    }

    private let phiGuard = PHIGuard()

    // Written for these tests, apart from the corpus the guard was tuned on: other people, other
    // numbers, other phrasing, in the same written formats.

    @Test("names", arguments: [
        Case("Pt Lucia Ferraro came in for a recheck.", "Pt [NAME] came in for a recheck.", raw: "Ferraro"),
        Case("Mrs. Adeyemi wanted the audio deleted.", "Mrs. [NAME] wanted the audio deleted.", raw: "Adeyemi"),
        Case("Dr Vasquez signed the draft unchanged.", "Dr [NAME] signed the draft unchanged.", raw: "Vasquez"),
        Case("Patient name: Tomas Lindgren", "Patient name: [NAME]", raw: "Lindgren"),
        Case("Pt Kowalski, Edith had her allergies dropped.", "Pt [NAME] had her allergies dropped.", raw: "Edith"),
        Case("Hamid Rostami DOB 07-21-1944 was merged.", "[NAME] DOB [DATE] was merged.", raw: "Rostami"),
        Case("Abernethy's summary left out the plan.", "[NAME]'s summary left out the plan.", raw: "Abernethy"),
        Case("The nephew, Tariq, translated for her.", "The nephew, [NAME], translated for her.", raw: "Tariq"),
        Case("Summary for Genevieve Marchetti was cut short.", "Summary for [NAME] was cut short.", raw: "Marchetti"),
        Case("Pt Zoë Ibáñez asked who hears the audio.", "Pt [NAME] asked who hears the audio.", raw: "Ibáñez"),
    ])
    func names(_ example: Case) { check(example) }

    @Test("street addresses and ZIP codes", arguments: [
        Case("He moved to 19 Larch Lane in May.", "He moved to [ADDRESS] in May.", raw: "Larch"),
        Case("Send it to 241 Sycamore St., Apt. 5C, Albany, NY 12207 today.", "Send it to [ADDRESS] [ZIP] today.",
             raw: "Sycamore"),
        Case("PO Box 9183 was printed on the handout.", "[ADDRESS] was printed on the handout.", raw: "9183"),
        Case("Lives at 3300 Kensington Ave SE with her son.", "Lives at [ADDRESS] with her son.", raw: "Kensington"),
        Case("Previous address 120 Route 30, Unit 7 stayed in.", "Previous address [ADDRESS] stayed in.", raw: "Route 30"),
        Case("The zip code 73102 ended up in the ROS.", "The zip code [ZIP] ended up in the ROS.", raw: "73102"),
        Case("Dayton, OH 45402 is in the header.", "[ADDRESS] [ZIP] is in the header.", raw: "45402"),
        Case("ZIP: 97205-1123", "ZIP: [ZIP]", raw: "97205"),
    ])
    func addresses(_ example: Case) { check(example) }

    @Test("dates with a day", arguments: [
        Case("DOB 9/27/48 was off by a year.", "DOB [DATE] was off by a year.", raw: "9/27/48"),
        Case("Encounter on 2025-11-03 was misfiled.", "Encounter on [DATE] was misfiled.", raw: "2025-11-03"),
        Case("Born October 2, 1939 per the intake form.", "Born [DATE] per the intake form.", raw: "October 2"),
        Case("Born 2 October 1939 per the intake form.", "Born [DATE] per the intake form.", raw: "2 October"),
        Case("Seen Nov. 8 for the wound check.", "Seen [DATE] for the wound check.", raw: "Nov. 8"),
        Case("DOB: 09271948", "DOB: [DATE]", raw: "09271948"),
        Case("Seen on 11/8 at 09:45.", "Seen on [DATE] at 09:45.", raw: "11/8"),
        Case("The fall was the 5th of January, 2021.", "The fall was the [DATE].", raw: "January"),
        Case("Recorded 23.08.1946 as the DOB.", "Recorded [DATE] as the DOB.", raw: "23.08.1946"),
        Case("Admitted 10/29/2025, discharged 11/2/2025.", "Admitted [DATE], discharged [DATE].", raw: "10/29"),
    ])
    func dates(_ example: Case) { check(example) }

    @Test("ages over 89", arguments: [
        Case("A 94-year-old woman was seen.", "A [AGE>89]-year-old woman was seen.", raw: "94"),
        Case("Age 98, uses a walker.", "Age [AGE>89], uses a walker.", raw: "98"),
        Case("The 91 yo veteran liked the summary.", "The [AGE>89] yo veteran liked the summary.", raw: "91"),
        Case("Aged 104, he still gardens.", "Aged [AGE>89], he still gardens.", raw: "104"),
        Case("His wife says he is 99.", "His wife says he is [AGE>89].", raw: "99"),
        Case("A 95 y/o lady.", "A [AGE>89] y/o lady.", raw: "95"),
        Case("Summary: 97F with CKD.", "Summary: [AGE>89]F with CKD.", raw: "97"),
    ])
    func ages(_ example: Case) { check(example) }

    @Test("phone and fax numbers", arguments: [
        Case("Callback (555) 019-7734 tonight.", "Callback [PHONE] tonight.", raw: "019-7734"),
        Case("His number 555-310-2286 stayed in.", "His number [PHONE] stayed in.", raw: "310-2286"),
        Case("Phone 555.012.6619 in the plan.", "Phone [PHONE] in the plan.", raw: "012.6619"),
        Case("Daughter at +1 555 018 4403.", "Daughter at [PHONE].", raw: "018 4403"),
        Case("Call 5550193346 before noon.", "Call [PHONE] before noon.", raw: "5550193346"),
        Case("Desk line 555-014-8870 x302 was copied.", "Desk line [PHONE] was copied.", raw: "x302"),
        Case("Fax 555-011-5521 ext. 7 please.", "Fax [PHONE] please.", raw: "ext. 7"),
        Case("Telephone 1-555-017-9043 recorded.", "Telephone [PHONE] recorded.", raw: "017-9043"),
    ])
    func phones(_ example: Case) { check(example) }

    @Test("e-mail, URLs and IP addresses", arguments: [
        Case("Mail p.nakashima@example.net today.", "Mail [EMAIL] today.", raw: "nakashima"),
        Case("Email: torvaldsen77@example.org.", "Email: [EMAIL].", raw: "torvaldsen77"),
        Case("See https://records.example.com/encounter/55102.", "See [URL].", raw: "records"),
        Case("Link www.example.net/b was pasted.", "Link [URL] was pasted.", raw: "example"),
        Case("Sent to example.com/intake/3381 by the tool.", "Sent to [URL] by the tool.", raw: "intake"),
        Case("Workstation 172.16.9.201 dropped audio.", "Workstation [IP] dropped audio.", raw: "172.16.9.201"),
        Case("IPv6 2001:db8:4::12 was logged.", "IPv6 [IP] was logged.", raw: "db8"),
        Case("Device fe80::a3:7bff:fe12:c4d0 again.", "Device [IP] again.", raw: "7bff"),
    ])
    func networkIdentifiers(_ example: Case) { check(example) }

    @Test("SSNs", arguments: [
        Case("SSN 219-09-9999 was spoken.", "SSN [SSN] was spoken.", raw: "9999"),
        Case("Number 078 05 1120 in the HPI.", "Number [SSN] in the HPI.", raw: "1120"),
        Case("SSN: 457555462 captured.", "SSN: [SSN] captured.", raw: "457555462"),
        Case("Social security number ending in 4821.", "Social security number ending in [SSN].", raw: "4821"),
    ])
    func ssns(_ example: Case) { check(example) }

    @Test("record, plan, licence, vehicle and device numbers", arguments: [
        Case("Wrong MRN 00917352 again.", "Wrong MRN [MRN] again.", raw: "00917352"),
        Case("MRN#: B2298170 duplicated.", "MRN#: [MRN] duplicated.", raw: "B2298170"),
        Case("Medical record number MR-8812034 shown.", "Medical record number [MRN] shown.", raw: "8812034"),
        Case("Chart # 6620194 belongs to someone else.", "Chart # [MRN] belongs to someone else.", raw: "6620194"),
        Case("Member ID QRT772019384 copied.", "Member ID [ID] copied.", raw: "QRT772019384"),
        Case("VIN 2T1BURHE0JC043821 in the HPI.", "VIN [ID] in the HPI.", raw: "2T1BU"),
        Case("His plate 4MZR881 was mentioned.", "His plate [ID] was mentioned.", raw: "4MZR881"),
        Case("S/N BX-40318-2267 copied twice.", "S/N [ID] copied twice.", raw: "40318"),
        Case("DEA FM4419827 transcribed.", "DEA [ID] transcribed.", raw: "FM4419827"),
        Case("Policy no. WLK-7731-550912 noted.", "Policy no. [ID] noted.", raw: "550912"),
        Case("Driver's license S530-4471-9921 shown.", "Driver's license [ID] shown.", raw: "4471"),
        Case("Reference 90318827465 was read out.", "Reference [ID] was read out.", raw: "90318827465"),
    ])
    func identifiers(_ example: Case) { check(example) }

    private func check(_ example: Case) {
        let redaction = phiGuard.redact(example.input)
        #expect(redaction.text == example.expected)
        #expect(!redaction.text.contains(example.raw))
        #expect(!redaction.isClean)
    }
}
