/// Fictional identifiers in several formats, one sentence each, every kind the issue names.
let phiSentences = [
    "Pt Marguerite Vasquez-Thorne DOB 03/14/1961, MRN 00482913, SSN 123-45-6789, call 555-867-5309 or m.vthorne@mailbox.example",
    "Patient Walter Kowalczyk, date of birth 1949-11-02, chart 88213307, ssn 987654320, reach him at +1 312.555.0187 or wkowal@riverbend-mail.example",
    "Draft named the wrong patient: Mr. Thaddeus Pemberly (DOB 7/4/52, medical record number 4471-0093) phone 312-555-0199, email tpemberly@post.example, SS# 078-05-1120",
]
/// Read from standard input, with a trailing newline as `echo` leaves it.
let phiStdin =
    "Mrs. Oyelaran's SSN 321 54 9876, MRN: A7731902, phone (617) 555-0142 ext. 22, e-mail f.oyelaran@example.org, born on March 3, 1958\n"
/// The raw strings none of which may be stored or printed.
let phiNeedles = [
    "Marguerite", "Vasquez", "Thorne", "Oyelaran", "Kowalczyk", "Thaddeus", "Pemberly", "vthorne", "wkowal",
    "123-45-6789", "321 54 9876", "987654320", "078-05-1120",
    "00482913", "A7731902", "7731902", "88213307", "4471-0093",
    "555-867-5309", "867-5309", "(617) 555-0142", "555-0142", "312.555.0187", "312-555-0199", "555-0199",
    "03/14/1961", "March 3, 1958", "1949-11-02", "7/4/52",
    "m.vthorne@mailbox.example", "f.oyelaran@example.org", "wkowal@riverbend-mail.example", "tpemberly@post.example",
]

/// The needles found in `text`, case-insensitively.
func leaked(_ text: String) -> [String] {
    phiNeedles.filter { text.lowercased().contains($0.lowercased()) }
}
