import Foundation
import PHIEvaluation
import PilotKit

/// `pilotdeck-bench phi`: scores the PHI guard on the labelled corpus, prints per-kind recall, the
/// share of clean sentences altered and throughput, and returns 0 only when every target passes.
func runPHIReport() -> Int32 {
    let scorecard: PHIScorecard
    let sentences: [String]
    do {
        scorecard = try PHIEvaluator().evaluate()
        sentences = try PHICorpus.annotated.map { try AnnotatedSentence(parsing: $0).text } + PHICorpus.clean
    } catch {
        print("PHI corpus could not be parsed: \(error)")
        return 1
    }

    print("PHI guard on \(PHICorpus.annotated.count) annotated and \(PHICorpus.clean.count) clean sentences")
    print(phiRow("kind", "annotated", "found", "recall", "target", "result"))
    for score in scorecard.kinds {
        print(phiRow(score.kind.rawValue, "\(score.annotated)", "\(score.found)", phiDecimal(score.recall),
                     "≥ " + phiDecimal(score.target), score.passes ? "pass" : "FAIL"))
    }
    let cleanPasses = scorecard.cleanAlteredShare <= PHIScorecard.cleanAlteredTarget
    print("clean sentences altered: \(scorecard.cleanAltered.count) of \(scorecard.cleanTotal) "
        + "(\(phiPercent(scorecard.cleanAlteredShare)), target ≤ \(phiPercent(PHIScorecard.cleanAlteredTarget))) "
        + (cleanPasses ? "pass" : "FAIL"))
    print("redactions outside annotated identifiers: \(scorecard.falsePositives)")

    let (perSecond, placeholders) = phiThroughput(sentences)
    #if DEBUG
    let build = "debug build; use -c release for real figures"
    #else
    let build = "release build"
    #endif
    print("throughput: \(Int(perSecond)) sentences/s, \(phiDecimal(1_000_000 / perSecond)) µs each "
        + "(\(build); \(placeholders) placeholders written)")
    return scorecard.passes ? 0 : 1
}

/// Sentences per second redacting `sentences` round after round for about half a second, and the
/// number of placeholders written (reported so the work cannot be optimised away).
private func phiThroughput(_ sentences: [String]) -> (perSecond: Double, placeholders: Int) {
    let phiGuard = PHIGuard()
    let clock = ContinuousClock()
    let start = clock.now
    var redacted = 0
    var placeholders = 0
    repeat {
        for sentence in sentences {
            placeholders += phiGuard.redact(sentence).findings.count
        }
        redacted += sentences.count
    } while clock.now - start < .milliseconds(500)
    let elapsed = (clock.now - start) / .seconds(1)
    return (Double(redacted) / elapsed, placeholders)
}

private func phiRow(_ columns: String...) -> String {
    zip(columns, [8, 10, 7, 8, 8, 7]).enumerated().map { index, column in
        let padding = String(repeating: " ", count: max(0, column.1 - column.0.count))
        return index == 0 ? column.0 + padding : padding + column.0
    }.joined(separator: " ")
}

private func phiDecimal(_ value: Double) -> String { String(format: "%.3f", value) }

private func phiPercent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
