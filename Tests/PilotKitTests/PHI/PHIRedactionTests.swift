import PilotKit
import PHIEvaluation
import Testing

/// The shape of a `Redaction`: findings point at placeholders, kinds are distinct, the helper for
/// already-redacted text agrees, and redacting twice changes nothing.
struct PHIRedactionTests {
    private let phiGuard = PHIGuard()

    @Test func findingsPointAtTheirPlaceholders() {
        let redaction = phiGuard.redact("Pt Maria Delgado DOB 4/12/1961, MRN 00482913, seen by Dr. Okafor on 3/2/2024.")

        #expect(redaction.text == "Pt [NAME] DOB [DATE], MRN [MRN], seen by Dr. [NAME] on [DATE].")
        #expect(redaction.findings.map(\.kind) == [.name, .date, .mrn, .name, .date])
        #expect(redaction.kinds == [.name, .date, .mrn])
        #expect(!redaction.isClean)
        let characters = Array(redaction.text)
        for finding in redaction.findings {
            #expect(String(characters[finding.range]) == finding.kind.placeholder)
        }
    }

    @Test func findingRangesCountCharactersInNonASCIIText() {
        let redaction = phiGuard.redact("Résumé for Sra. Núñez — café call (555) 014-2231 😀 MRN 00482913")

        #expect(redaction.text == "Résumé for Sra. [NAME] — café call [PHONE] 😀 MRN [MRN]")
        #expect(redaction.findings.map(\.range) == [16..<22, 35..<42, 49..<54])
    }

    @Test func placeholderRangesMatchTheFindings() {
        let redaction = phiGuard.redact("Ms. Kowalczyk, 93 y/o, lives at 48 Birch Lane; email kw@example.org.")

        #expect(PHIKind.placeholderRanges(in: redaction.text) == redaction.findings)
        #expect(redaction.kinds == [.name, .age, .address, .email])
    }

    @Test func placeholderRangesIgnoreOtherBrackets() {
        let ranges = PHIKind.placeholderRanges(in: "[NOTE] [NAME] [ID [ID] [AGE>89]")

        #expect(ranges == [
            PHIFinding(kind: .name, range: 7..<13),
            PHIFinding(kind: .id, range: 18..<22),
            PHIFinding(kind: .age, range: 23..<31),
        ])
    }

    @Test func everyKindHasItsPlaceholder() {
        #expect(PHIKind.allCases.map(\.placeholder) == [
            "[NAME]", "[ADDRESS]", "[ZIP]", "[DATE]", "[AGE>89]", "[PHONE]", "[EMAIL]", "[SSN]", "[MRN]", "[ID]",
            "[URL]", "[IP]",
        ])
    }

    @Test func cleanTextComesBackUnchanged() {
        let text = "BP 128/82, the 4/5 rating, and v2.3.1 all stay."
        let redaction = phiGuard.redact(text)

        #expect(redaction == Redaction(text: text, findings: []))
        #expect(redaction.isClean)
    }

    @Test func redactingRedactedTextChangesNothing() throws {
        let texts = try PHICorpus.tuning.texts() + PHICorpus.heldOut.texts()
        for text in texts {
            let once = phiGuard.redact(text)
            let twice = phiGuard.redact(once.text)
            #expect(twice.text == once.text, "\(once.text)")
            #expect(twice.isClean, "\(once.text)")
        }
    }
}
