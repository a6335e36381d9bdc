import ArgumentParser
import Foundation
import PilotKit
import PilotStore

struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Explain the readiness of a pilot's next gate; exit 0 only when ready (in general use: when its review is not overdue).")
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: JSONOption
    @Option(help: "Pilot key or id.") var pilot: String

    func run() throws {
        let readiness = try store.open().readiness(of: pilot)
        if output.json {
            try Output.json(readiness)
        } else {
            print("\(readiness.pilot): \(readiness.from.rawValue) -> \(readiness.to?.rawValue ?? "(no further gate)")")
            for criterion in readiness.criteria {
                print("  \(Self.mark(criterion.status)) \(criterion.name): \(Output.clean(criterion.detail))")
            }
            print(Self.verdict(readiness))
        }
        // A pilot in general use answers to its review; drift is evidence for it, not a gate.
        if readiness.isInGeneralUse ? readiness.reviewOverdue : !readiness.ready { throw ExitCode(2) }
    }

    /// The last line: a pilot in general use has no gate, only a review that is due or overdue.
    static func verdict(_ readiness: GateReadiness) -> String {
        if readiness.blocked { return "BLOCKED" }
        if readiness.ready { return "READY" }
        if readiness.isInGeneralUse {
            if readiness.reviewOverdue { return "REVIEW OVERDUE: decide review-continue, rollback or stop" }
            let drifted = readiness.driftedWorse.count
            return "IN GENERAL USE (review not due" + (drifted > 0 ? "; \(drifted) metric\(drifted == 1 ? "" : "s") drifted worse, for the review)" : ")")
        }
        return "NOT READY (\(readiness.unmet.count) unmet)"
    }

    static func mark(_ status: CriterionStatus) -> String {
        switch status {
        case .met: "[x]"
        case .unmet: "[ ]"
        case .waived: "[-]"
        case .insufficient: "[?]"
        case .inconclusive: "[~]"
        }
    }
}

struct SignOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signoff", abstract: "Approve or dissent on a pilot's pending gate (reviewers).")
    @OptionGroup var store: StoreOptions
    @Option(help: "Pilot key or id.") var pilot: String
    @Flag(help: "Approve the gate.") var approve = false
    @Flag(help: "Record dissent.") var dissent = false
    @Option(help: "Your note.") var note = ""

    func validate() throws {
        if approve == dissent { throw ValidationError("give exactly one of --approve or --dissent") }
    }

    func run() throws {
        let signOff = try store.ledger().signOff(pilot: pilot, verdict: approve ? .approve : .dissent, note: note)
        print("\(signOff.reviewerLogin) (\(signOff.discipline.rawValue)) \(signOff.verdict == .approve ? "approved" : "dissented on") the \(signOff.gate.rawValue) gate of \(pilot)")
    }
}

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide", abstract: "Record a go / no-go decision at a pilot's gate.")
    @OptionGroup var store: StoreOptions
    @Option(help: "Pilot key or id.") var pilot: String
    @Option(help: "go, go-with-conditions, hold, rollback or stop.") var decision: String
    @Option(help: "Why.") var rationale: String
    @Option(help: "The conditions of a go-with-conditions.") var conditions = ""
    @Flag(help: "Leadership: pass an unready gate; recorded forever as an override.") var override = false
    @Option(name: .customLong("review-on"), help: "For hold: the next review day, YYYY-MM-DD.") var reviewOn: String?

    func run() throws {
        let request = DecisionRequest(
            kind: try DecisionKind.parse(decision, field: "decision"), rationale: rationale, conditions: conditions,
            override: override, reviewOn: try reviewOn.map { try Day(parsing: $0, field: "review-on") })
        let (recorded, pilotNow) = try store.ledger().decide(pilot: pilot, request)
        let overrideNote = recorded.isOverride ? " (OVERRIDE of an unready gate)" : ""
        print("decision #\(recorded.id!): \(recorded.kind.rawValue)\(overrideNote); \(pilotNow.key) is at \(pilotNow.stage.rawValue), \(pilotNow.status.rawValue)")
    }
}
