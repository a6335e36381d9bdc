import Foundation
import PilotKit
import PilotStore

/// Feedback logged through the Ledger (PHI guard, validation, row and audit entry) as a batch
/// import, beside the guard alone on the same texts; and one `pilotdeck feedback add` process
/// beside the same binary doing nothing (`--version`). Runs on a scratch copy of the database.
enum FeedbackBench {
    static let rows = 20_000

    static func figures(path: String, pilotdeck: URL?) throws -> [Figure] {
        let copy = try ScratchCopy(of: path)
        defer { copy.remove() }
        let database = try PilotDatabase(path: copy.path)
        let pilot = try database.pilots()[0].key
        let inputs = (0..<rows).map { Numbered(line: $0 + 2, value: input($0)) }

        let guardAlone = Stopwatch.time {
            let phiGuard = PHIGuard()
            return inputs.reduce(0) { $0 + phiGuard.redact($1.value.rawText).kinds.count }
        }.1
        let imported = try importTime(into: database)
        let perSecond = Double(rows) / Units.seconds(imported)
        var figures = [
            Figure(
                name: "feedback import through the Ledger (\(rows) rows)", value: Units.rate(rows, in: imported, "rows"),
                comparison: "PHI guard alone: \(Units.rate(rows, in: guardAlone, "rows"))", target: ">= 50000 rows/s",
                passes: perSecond >= 50_000),
        ]
        guard let pilotdeck else {
            figures.append(Figure(
                name: "pilotdeck feedback add (process)", value: "not built",
                comparison: "run `swift build -c release` first", target: "-", passes: nil))
            return figures
        }
        let add = try addTime(pilotdeck, database: copy.path, pilot: pilot)
        let idle = try Stopwatch.median(runs: 5) { try Subprocess.run(pilotdeck, ["--version"]) }
        figures.append(Figure(
            name: "pilotdeck feedback add (process, wall)", value: Units.ms(add),
            comparison: "pilotdeck --version: \(Units.ms(idle))", target: "-", passes: nil))
        return figures
    }

    /// The median wall time of `pilotdeck feedback add` as a process, logging one entry (whose
    /// text the PHI guard redacts) into `pilot` of `database`.
    static func addTime(_ pilotdeck: URL, database: String, pilot: String) throws -> Duration {
        try Stopwatch.median(runs: 5) {
            try Subprocess.run(pilotdeck, [
                "feedback", "add", "--db", database, "--pilot", pilot, "--rating", "4", "--category", "workflow",
                "--text", "Saved me ten minutes on the discharge letter for Jane Doe, MRN 12345678",
            ])
        }
    }

    /// The time `rows` feedback entries take through `Ledger.logFeedback` as one batch, into the
    /// first pilot of `database`.
    static func importTime(into database: PilotDatabase) throws -> Duration {
        let ledger = try Ledger.open(database)
        let pilot = try database.pilots()[0].key
        let inputs = (0..<rows).map { Numbered(line: $0 + 2, value: input($0)) }
        let (stored, imported) = try Stopwatch.time { try ledger.logFeedback(pilot: pilot, inputs) }
        guard stored.count == rows else { throw BenchError("the import stored \(stored.count) of \(rows) rows") }
        return imported
    }

    /// Survey-like comments, some with identifiers for the guard to remove.
    static func input(_ index: Int) -> FeedbackInput {
        let texts = [
            "Draft note was accurate and saved time during a busy clinic.",
            "Missed the medication change discussed at the end of the visit for patient John Smith.",
            "Summary listed a symptom the patient never mentioned; had to delete it.",
            "Call back at 555-201-4477 about the referral; the draft got the order right.",
            "Good structure, but the plan section repeated the assessment twice.",
            "MRN 00412345 appeared in the draft header, please check the template.",
        ]
        return FeedbackInput(
            rating: index % 5 + 1, category: FeedbackCategory.allCases[index % FeedbackCategory.allCases.count],
            rawText: texts[index % texts.count] + " (#\(index))")
    }
}
