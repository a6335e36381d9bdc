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

    @Test("names", arguments: [
        Case("Pt Maria Delgado was seen today.", "Pt [NAME] was seen today.", raw: "Delgado"),
        Case("Mrs. Chen asked for a copy.", "Mrs. [NAME] asked for a copy.", raw: "Chen"),
        Case("Dr Okafor reviewed the draft.", "Dr [NAME] reviewed the draft.", raw: "Okafor"),
        Case("Patient name: Ana Lopez", "Patient name: [NAME]", raw: "Lopez"),
        Case("Pt Delgado, Maria had two charts.", "Pt [NAME] had two charts.", raw: "Maria"),
        Case("Kwame Asante DOB 11-02-1947 came through.", "[NAME] DOB [DATE] came through.", raw: "Asante"),
        Case("Ferreira's letter was wrong.", "[NAME]'s letter was wrong.", raw: "Ferreira"),
        Case("The daughter, Keiko, called back.", "The daughter, [NAME], called back.", raw: "Keiko"),
        Case("Summary for Marguerite Dubois was duplicated.", "Summary for [NAME] was duplicated.", raw: "Dubois"),
        Case("Pt José Núñez asked about the recording.", "Pt [NAME] asked about the recording.", raw: "Núñez"),
    ])
    func names(_ example: Case) { check(example) }

    @Test("street addresses and ZIP codes", arguments: [
        Case("She lives at 48 Birch Lane now.", "She lives at [ADDRESS] now.", raw: "Birch"),
        Case("Mail to 88 Chestnut St., Apt. 2R, Boston, MA 02108 please.", "Mail to [ADDRESS] [ZIP] please.",
             raw: "Chestnut"),
        Case("PO Box 4471 was on the letter.", "[ADDRESS] was on the letter.", raw: "4471"),
        Case("Moved from 1600 Pennsylvania Ave NW last year.", "Moved from [ADDRESS] last year.", raw: "Pennsylvania"),
        Case("Old address 500 Route 9, Unit 14 was kept.", "Old address [ADDRESS] was kept.", raw: "Route 9"),
        Case("The zip code 60614 was in the HPI.", "The zip code [ZIP] was in the HPI.", raw: "60614"),
        Case("Springfield, IL 62704 is on file.", "Springfield, IL [ZIP] is on file.", raw: "62704"),
        Case("ZIP: 02139-4307", "ZIP: [ZIP]", raw: "02139"),
    ])
    func addresses(_ example: Case) { check(example) }

    @Test("dates with a day", arguments: [
        Case("DOB 3/14/52 was wrong.", "DOB [DATE] was wrong.", raw: "3/14/52"),
        Case("Visit on 2024-03-14 was misfiled.", "Visit on [DATE] was misfiled.", raw: "2024-03-14"),
        Case("Born March 14, 1952 per the draft.", "Born [DATE] per the draft.", raw: "March 14"),
        Case("Born 14 March 1952 per the draft.", "Born [DATE] per the draft.", raw: "14 March"),
        Case("Seen Mar. 14 for follow-up.", "Seen [DATE] for follow-up.", raw: "Mar. 14"),
        Case("DOB: 03141952", "DOB: [DATE]", raw: "03141952"),
        Case("Seen on 3/14 at 14:30.", "Seen on [DATE] at 14:30.", raw: "3/14"),
        Case("The stroke was the 3rd of June, 2022.", "The stroke was the [DATE].", raw: "June"),
        Case("Flagged 15.04.1950 as the DOB.", "Flagged [DATE] as the DOB.", raw: "15.04.1950"),
        Case("Admitted 12/30/2023, discharged 1/4/2024.", "Admitted [DATE], discharged [DATE].", raw: "12/30"),
    ])
    func dates(_ example: Case) { check(example) }

    @Test("ages over 89", arguments: [
        Case("A 92-year-old man fell.", "A [AGE>89]-year-old man fell.", raw: "92"),
        Case("Age 93, lives alone.", "Age [AGE>89], lives alone.", raw: "93"),
        Case("The 93 yo patient liked it.", "The [AGE>89] yo patient liked it.", raw: "93"),
        Case("Aged 101, she still drives.", "Aged [AGE>89], she still drives.", raw: "101"),
        Case("The family says she is 96.", "The family says she is [AGE>89].", raw: "96"),
        Case("A 90 y/o gentleman.", "A [AGE>89] y/o gentleman.", raw: "90"),
        Case("Summary: 92M with AF.", "Summary: [AGE>89]M with AF.", raw: "92"),
    ])
    func ages(_ example: Case) { check(example) }

    @Test("phone and fax numbers", arguments: [
        Case("Callback (555) 014-2231 today.", "Callback [PHONE] today.", raw: "014-2231"),
        Case("Her number 555-201-4477 was kept.", "Her number [PHONE] was kept.", raw: "201-4477"),
        Case("Phone 555.019.8842 in the note.", "Phone [PHONE] in the note.", raw: "019.8842"),
        Case("Son at +1 555 013 9920.", "Son at [PHONE].", raw: "013 9920"),
        Case("Call 5550147788 after 5.", "Call [PHONE] after 5.", raw: "5550147788"),
        Case("My line 555-012-9087 x214 got copied.", "My line [PHONE] got copied.", raw: "x214"),
        Case("Fax 555-017-2288 ext. 3 please.", "Fax [PHONE] please.", raw: "ext. 3"),
        Case("Telephone 1-555-016-4412 recorded.", "Telephone [PHONE] recorded.", raw: "016-4412"),
    ])
    func phones(_ example: Case) { check(example) }

    @Test("e-mail, URLs and IP addresses", arguments: [
        Case("Mail j.whitfield@example.com today.", "Mail [EMAIL] today.", raw: "whitfield"),
        Case("Email: ymorales@example.org.", "Email: [EMAIL].", raw: "ymorales"),
        Case("See https://mychart.example.org/visit/88231.", "See [URL].", raw: "mychart"),
        Case("Link www.example.com/a was pasted.", "Link [URL] was pasted.", raw: "example"),
        Case("Referred to example.org/referrals/9921 by the tool.", "Referred to [URL] by the tool.", raw: "referrals"),
        Case("Workstation 10.24.8.117 had a bad mic.", "Workstation [IP] had a bad mic.", raw: "10.24.8.117"),
        Case("IPv6 2001:db8::7 was logged.", "IPv6 [IP] was logged.", raw: "db8"),
        Case("Device fe80::1c2b:3aff:fe4d:92a1 again.", "Device [IP] again.", raw: "3aff"),
    ])
    func networkIdentifiers(_ example: Case) { check(example) }

    @Test("SSNs", arguments: [
        Case("SSN 123-45-6789 was read aloud.", "SSN [SSN] was read aloud.", raw: "6789"),
        Case("Number 123 45 6789 in the HPI.", "Number [SSN] in the HPI.", raw: "6789"),
        Case("SSN: 123456789 captured.", "SSN: [SSN] captured.", raw: "123456789"),
        Case("Social security number ending in 6789.", "Social security number ending in [SSN].", raw: "6789"),
    ])
    func ssns(_ example: Case) { check(example) }

    @Test("record, plan, licence, vehicle and device numbers", arguments: [
        Case("Wrong MRN 00482913 again.", "Wrong MRN [MRN] again.", raw: "00482913"),
        Case("MRN#: A7730192 duplicated.", "MRN#: [MRN] duplicated.", raw: "A7730192"),
        Case("Medical record number MR-5530921 shown.", "Medical record number [MRN] shown.", raw: "5530921"),
        Case("Chart # 4471902 is another patient.", "Chart # [MRN] is another patient.", raw: "4471902"),
        Case("Member ID XKB448120937 copied.", "Member ID [ID] copied.", raw: "XKB448120937"),
        Case("VIN 1HGCM82633A004352 in the HPI.", "VIN [ID] in the HPI.", raw: "1HGCM"),
        Case("Her plate 7XKL229 was mentioned.", "Her plate [ID] was mentioned.", raw: "7XKL229"),
        Case("S/N AC-99210-4471 copied twice.", "S/N [ID] copied twice.", raw: "99210"),
        Case("DEA AB1234563 transcribed.", "DEA [ID] transcribed.", raw: "AB1234563"),
        Case("Policy no. HPX-2290-118347 noted.", "Policy no. [ID] noted.", raw: "118347"),
        Case("Driver's license D1234-56789-01234 shown.", "Driver's license [ID] shown.", raw: "56789"),
        Case("Reference 44712093311 was read out.", "Reference [ID] was read out.", raw: "44712093311"),
    ])
    func identifiers(_ example: Case) { check(example) }

    private func check(_ example: Case) {
        let redaction = phiGuard.redact(example.input)
        #expect(redaction.text == example.expected)
        #expect(!redaction.text.contains(example.raw))
        #expect(!redaction.isClean)
    }
}
