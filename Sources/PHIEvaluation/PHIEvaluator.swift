import Foundation
import PilotKit

/// Scores `PHIGuard` on annotated and clean sentences.
///
/// An annotated identifier counts as found when the guard's redaction covers all of it with a
/// placeholder of the right kind (any kind for names and addresses, whose boundaries blur into each
/// other) and its raw text no longer appears in the output.
public struct PHIEvaluator: Sendable {
    private let phiGuard: PHIGuard

    public init(guard phiGuard: PHIGuard = PHIGuard()) {
        self.phiGuard = phiGuard
    }

    /// Scores the whole set and, for a set written case by case, each case on its own.
    public func evaluate(_ set: PHICorpusSet) throws(AnnotatedSentence.ParseError) -> PHIScorecard {
        var scorecard = try evaluate(annotated: set.annotated, clean: set.clean, writtenOn: set.writtenOn)
        for corpusCase in set.cases {
            let kinds = try evaluate(annotated: corpusCase.annotated, clean: [], writtenOn: set.writtenOn).kinds
            scorecard.cases.append(PHIScorecard.CaseScore(
                name: corpusCase.name, annotated: kinds.reduce(0) { $0 + $1.annotated }, found: kinds.reduce(0) { $0 + $1.found }))
        }
        return scorecard
    }

    /// Scores the sentences as written on `writtenOn`, the date "born in 1931" is measured against.
    public func evaluate(annotated: [String], clean: [String], writtenOn: Date = PHICorpus.writtenOn)
        throws(AnnotatedSentence.ParseError) -> PHIScorecard {
        var annotatedCount: [PHIKind: Int] = [:]
        var foundCount: [PHIKind: Int] = [:]
        var misses: [PHIScorecard.Miss] = []
        var falsePositives = 0
        var overRedacted: [String] = []

        for line in annotated {
            let sentence = try AnnotatedSentence(parsing: line)
            let matches = phiGuard.matches(in: sentence.text, writtenOn: writtenOn)
            let redacted = phiGuard.redact(sentence.text, writtenOn: writtenOn).text
            for span in sentence.spans {
                annotatedCount[span.kind, default: 0] += 1
                if isFound(span, matches: matches, redacted: redacted, in: sentence) {
                    foundCount[span.kind, default: 0] += 1
                } else {
                    misses.append(PHIScorecard.Miss(sentence: sentence.text, span: span, redacted: redacted))
                }
            }
            let outside = matches.count { match in !sentence.spans.contains { $0.range.overlaps(match.range) } }
            falsePositives += outside
            if outside > 0 { overRedacted.append(sentence.text) }
        }

        var cleanAltered: [String] = []
        for sentence in clean {
            falsePositives += phiGuard.matches(in: sentence, writtenOn: writtenOn).count
            if phiGuard.redact(sentence, writtenOn: writtenOn).text != sentence { cleanAltered.append(sentence) }
        }

        let kinds = PHIKind.allCases.map { kind in
            PHIScorecard.KindScore(kind: kind, annotated: annotatedCount[kind, default: 0],
                                   found: foundCount[kind, default: 0])
        }
        return PHIScorecard(kinds: kinds, misses: misses, falsePositives: falsePositives,
                            annotatedTotal: annotated.count, overRedacted: overRedacted,
                            cleanTotal: clean.count, cleanAltered: cleanAltered)
    }

    private func isFound(_ span: AnnotatedSentence.Span, matches: [PHIMatch], redacted: String,
                         in sentence: AnnotatedSentence) -> Bool {
        let covering = matches.filter { $0.range.overlaps(span.range) }  // sorted, as `matches(in:)` returns them
        let kindsAgree = [.name, .address].contains(span.kind) || covering.allSatisfy { $0.kind == span.kind }
        var coveredUpTo = span.range.lowerBound
        for match in covering where match.range.lowerBound <= coveredUpTo {
            coveredUpTo = max(coveredUpTo, match.range.upperBound)
        }
        return kindsAgree && coveredUpTo >= span.range.upperBound && !leaks(span, in: redacted, sentence: sentence)
    }

    /// Whether the raw value still shows in the output, beyond copies the unannotated text carries
    /// anyway (an age "93" next to "SpO2 93%").
    private func leaks(_ span: AnnotatedSentence.Span, in redacted: String, sentence: AnnotatedSentence) -> Bool {
        guard redacted.contains(span.raw) else { return false }
        var unannotated = Array(sentence.text.utf8)
        for other in sentence.spans.reversed() { unannotated.replaceSubrange(other.range, with: [0]) }
        return !String(decoding: unannotated, as: UTF8.self).contains(span.raw)
    }
}
