import PHIEvaluation
import PilotKit
import Testing

/// The labelled corpus and its scoring: the corpus must be well-formed and broad, the evaluator
/// must count correctly, and the guard must meet the rollout targets on it.
struct PHICorpusTests {
    @Test func parsesInlineAnnotations() throws {
        let sentence = try AnnotatedSentence(parsing: "pt {NAME:Ana Núñez} DOB {DATE:1/2/1950}.")

        #expect(sentence.text == "pt Ana Núñez DOB 1/2/1950.")
        #expect(sentence.spans.map(\.kind) == [.name, .date])
        #expect(sentence.spans.map(\.raw) == ["Ana Núñez", "1/2/1950"])
        let bytes = Array(sentence.text.utf8)
        for span in sentence.spans {
            #expect(String(decoding: bytes[span.range], as: UTF8.self) == span.raw)
        }
    }

    @Test func rejectsMalformedAnnotations() {
        #expect(throws: AnnotatedSentence.ParseError.unterminated("pt {NAME:Ana")) {
            try AnnotatedSentence(parsing: "pt {NAME:Ana")
        }
        #expect(throws: AnnotatedSentence.ParseError.unknownKind("FAX")) {
            try AnnotatedSentence(parsing: "{FAX:555-014-2231}")
        }
    }

    @Test func corpusIsLargeAndCoversEveryKind() throws {
        let tuning = PHICorpus.tuning
        #expect(tuning.annotated.count >= 200)
        #expect(tuning.clean.count >= 80)
        let spans = try (tuning.annotated + PHICorpus.heldOut.annotated).flatMap { try AnnotatedSentence(parsing: $0).spans }
        for kind in PHIKind.allCases {
            #expect(spans.count { $0.kind == kind } >= 8, "\(kind)")
        }
        #expect(tuning.clean.allSatisfy { !$0.contains("{") })
    }

    @Test func heldOutSetIsSeparateFromTheTuningSet() throws {
        let heldOut = PHICorpus.heldOut
        #expect(heldOut.annotated.count >= 50 && heldOut.clean.count >= 25)
        let tuning = Set(try PHICorpus.tuning.texts())
        #expect(try heldOut.texts().allSatisfy { !tuning.contains($0) })
        #expect(heldOut.clean.allSatisfy { !$0.contains("{") })
    }

    @Test func uncuedSetsAreWrittenCaseByCaseApartFromEachOther() throws {
        let tuning = PHICorpus.uncuedTuning, heldOut = PHICorpus.uncuedHeldOut
        #expect(tuning.cases.map(\.name) == heldOut.cases.map(\.name))
        for set in [tuning, heldOut] {
            #expect(set.cases.allSatisfy { $0.annotated.count >= 8 }, "\(set.name)")
            #expect(set.clean.count >= 30 && set.clean.allSatisfy { !$0.contains("{") })
            #expect(set.writtenOn == PHICorpus.writtenOn)
        }
        let earlier = Set(try PHICorpus.tuning.texts() + PHICorpus.heldOut.texts())
        let tuned = Set(try tuning.texts())
        #expect(try heldOut.texts().allSatisfy { !tuned.contains($0) && !earlier.contains($0) })
        #expect(tuned.isDisjoint(with: earlier))
    }

    @Test func evaluatorScoresEachCaseOnItsOwn() throws {
        let set = PHICorpusSet(name: "cases", cases: [
            PHICorpusCase("found", ["pt {NAME:Maria Delgado} DOB {DATE:4/12/1961}."]),
            PHICorpusCase("missed", ["for {NAME:okonjo}."]),
        ], clean: [])
        let scorecard = try PHIEvaluator().evaluate(set)

        #expect(scorecard.cases.map(\.name) == ["found", "missed"])
        #expect(scorecard.cases.map(\.found) == [2, 0])
        #expect(scorecard.cases.map(\.annotated) == [2, 1])
        #expect(!scorecard.passes)
    }

    @Test func evaluatorCountsMissesAndAlteredCleanSentences() throws {
        let scorecard = try PHIEvaluator().evaluate(
            annotated: ["MRN {MRN:00482913} for {NAME:okonjo}.", "Call {PHONE:555-201-4477}."],
            clean: ["BP 128/82.", "SSN 123-45-6789 slipped into the clean set."]
        )
        let byKind = Dictionary(uniqueKeysWithValues: scorecard.kinds.map { ($0.kind, $0) })

        #expect(byKind[.mrn]?.found == 1)
        #expect(byKind[.phone]?.found == 1)
        #expect(byKind[.name]?.annotated == 1)
        #expect(byKind[.name]?.found == 0)
        #expect(byKind[.date]?.recall == 1)
        #expect(scorecard.misses.map(\.span.raw) == ["okonjo"])
        #expect(scorecard.cleanAltered == ["SSN 123-45-6789 slipped into the clean set."])
        #expect(scorecard.falsePositives == 1)
        #expect(!scorecard.passes)
    }

    @Test func overRedactionInsideAnnotatedSentencesFailsTheScorecard() throws {
        let scorecard = try PHIEvaluator().evaluate(
            annotated: ["MRN {MRN:00482913} and SSN 123-45-6789 unmarked."], clean: ["BP 128/82."])

        #expect(scorecard.kinds.allSatisfy { $0.passes })
        #expect(scorecard.cleanAltered.isEmpty)
        #expect(scorecard.overRedacted == ["MRN 00482913 and SSN 123-45-6789 unmarked."])
        #expect(!scorecard.passes)
    }

    @Test func evaluatorRequiresTheRightKindForStructuredIdentifiers() throws {
        let scorecard = try PHIEvaluator().evaluate(annotated: ["Ref {PHONE:44712093311} again."], clean: [])

        #expect(scorecard.kinds.first { $0.kind == .phone }?.found == 0)
    }

    /// Names that no public list carries and no cue announces ("Okonjo asked …") stay out of
    /// reach, so a case may fall short of 0.95 here; every kind and the clean sentences may not.
    @Test func guardFindsIdentifiersWithoutACueOnItsTuningSet() throws {
        let scorecard = try PHIEvaluator().evaluate(PHICorpus.uncuedTuning)

        for score in scorecard.kinds {
            #expect(score.passes, "\(score.kind): \(score.found)/\(score.annotated) below \(score.target)")
        }
        for score in scorecard.cases {
            #expect(score.recall >= 0.8, "\(score.name): \(score.found)/\(score.annotated)")
        }
        #expect(scorecard.cleanAltered.isEmpty)
        #expect(scorecard.overRedacted.isEmpty)
    }

    @Test func guardMeetsTheTargetsOnTheTuningSet() throws {
        let scorecard = try PHIEvaluator().evaluate(PHICorpus.tuning)

        for score in scorecard.kinds {
            #expect(score.passes, "\(score.kind): \(score.found)/\(score.annotated) below \(score.target)")
        }
        #expect(scorecard.cleanAlteredShare <= PHIScorecard.cleanAlteredTarget, "\(scorecard.cleanAltered)")
        #expect(scorecard.overRedactedShare <= PHIScorecard.cleanAlteredTarget, "\(scorecard.overRedacted)")
        #expect(scorecard.passes)
    }
}
