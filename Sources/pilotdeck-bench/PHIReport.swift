import Foundation
import PHIEvaluation
import PilotKit

/// `pilotdeck-bench phi`: scores the PHI guard on the sentences it was tuned on and, beside them,
/// on the frozen held-out sentences it has never been changed for (the first sets, and those of
/// issue #17, identifiers without a cue, also case by case): recall per kind, clean sentences
/// altered, annotated sentences over-redacted, throughput, and what the name and place lexicon
/// adds to the binary and to resident memory. Returns 0 only when every target passes on every set.
func runPHIReport() -> Int32 {
    let sets = [PHICorpus.tuning, PHICorpus.heldOut, PHICorpus.uncuedTuning, PHICorpus.uncuedHeldOut]
    let footprint: PHILexiconFootprint
    let scorecards: [PHIScorecard]
    let sentences: [String]
    do {
        footprint = try PHILexiconFootprint.measure()
        scorecards = try sets.map { try PHIEvaluator().evaluate($0) }
        sentences = try sets.flatMap { try $0.texts() }
    } catch {
        print("PHI corpus could not be parsed or the lexicon measured: \(error)")
        return 1
    }

    print("PHI guard on \(sets.map { "\($0.name): \($0.annotated.count) annotated and \($0.clean.count) clean sentences" }.joined(separator: "; "))")
    print(phiRow("kind", sets.map(\.name), "target"))
    for (index, kind) in PHIKind.allCases.enumerated() {
        let scores = scorecards.map { $0.kinds[index] }
        print(phiRow(kind.rawValue, scores.map { "\($0.found)/\($0.annotated) \(phiDecimal($0.recall)) \($0.passes ? "pass" : "MISS")" },
                     "≥ " + phiDecimal(PHIScorecard.recallTarget(for: kind))))
    }
    let target = "≤ " + phiPercent(PHIScorecard.cleanAlteredTarget)
    print(phiRow("clean sentences altered", scorecards.map { share($0.cleanAltered.count, $0.cleanTotal, $0.cleanAlteredShare) }, target))
    print(phiRow("annotated sentences over-redacted", scorecards.map { share($0.overRedacted.count, $0.annotatedTotal, $0.overRedactedShare) }, target))
    print(phiRow("redactions outside identifiers", scorecards.map { "\($0.falsePositives)" }, "-"))
    printCaseTable(sets, scorecards)
    for (set, scorecard) in zip(sets, scorecards) {
        for sentence in scorecard.cleanAltered { print("  \(set.name), altered: \(sentence)") }
        for sentence in scorecard.overRedacted { print("  \(set.name), over-redacted: \(sentence)") }
        for miss in scorecard.misses { print("  \(set.name), missed \(miss.span.kind.rawValue) '\(miss.span.raw)': \(miss.redacted)") }
    }

    let (perSecond, placeholders) = phiThroughput(sentences)
    #if DEBUG
    let build = "debug build; use -c release for real figures"
    let fastEnough = true
    #else
    let build = "release build"
    let fastEnough = perSecond >= 100_000
    #endif
    print("throughput: \(Int(perSecond)) sentences/s, \(phiDecimal(1_000_000 / perSecond)) µs each "
        + "(\(build); \(placeholders) placeholders written; ≥ 100000 in release) \(fastEnough ? "pass" : "MISS")")
    print(footprint.summary)
    return scorecards.allSatisfy(\.passes) && footprint.passes && fastEnough ? 0 : 1
}

/// Recall per case for the sets written case by case, one column per set, cases in order.
private func printCaseTable(_ sets: [PHICorpusSet], _ scorecards: [PHIScorecard]) {
    let byCase = zip(sets, scorecards).filter { !$0.0.cases.isEmpty }
    guard let names = byCase.first?.1.cases.map(\.name) else { return }
    print(phiRow("identifiers by case", byCase.map(\.0.name), "target"))
    for name in names {
        let columns = byCase.map { _, scorecard in
            scorecard.cases.first { $0.name == name }
                .map { "\($0.found)/\($0.annotated) \(phiDecimal($0.recall)) \($0.passes ? "pass" : "MISS")" } ?? "-"
        }
        print(phiRow("  " + name, columns, "≥ " + phiDecimal(PHIScorecard.caseRecallTarget)))
    }
}

private func share(_ count: Int, _ total: Int, _ share: Double) -> String {
    "\(count)/\(total) \(phiPercent(share)) \(share <= PHIScorecard.cleanAlteredTarget ? "pass" : "MISS")"
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

private func phiRow(_ label: String, _ columns: [String], _ target: String) -> String {
    ([label.padding(toLength: 34, withPad: " ", startingAt: 0)] + columns.map { $0.padding(toLength: 22, withPad: " ", startingAt: 0) } + [target])
        .joined(separator: " ")
}

private func phiDecimal(_ value: Double) -> String { String(format: "%.3f", value) }

private func phiPercent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
