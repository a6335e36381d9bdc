import Foundation
import PilotKit
import PilotStore
import TerminalKit

/// What a saved form tells the user, and the question it leads to, if any. A plain message
/// can be written as a string.
struct FormOutcome: ExpressibleByStringInterpolation {
    var message: String
    var followUp: Confirmation?

    init(message: String, followUp: Confirmation?) {
        self.message = message
        self.followUp = followUp
    }

    init(stringLiteral value: String) { self.init(message: value, followUp: nil) }
}

/// Turns a submitted form into the one Ledger call it stands for.
struct FormSubmission {
    /// Nil in a read-only session, where only exports are offered.
    let ledger: Ledger?
    let database: PilotDatabase
    let clock: @Sendable () -> Date

    /// The Ledger a write goes through; a read-only session has none, and `AppState.refusal(for:)`
    /// keeps its write forms closed, so this refusal is only a backstop.
    func writer() throws -> Ledger {
        guard let ledger else { throw StoreError.readOnly(database.displayName) }
        return ledger
    }

    /// Logs feedback; a safety or privacy concern offers an incident linked to it.
    func logFeedback(_ form: Form, pilot: String) throws -> FormOutcome {
        func value(_ id: FieldID) -> String { form[id]?.value ?? "" }
        let tags = try EditTag.parseList(form[.tags]?.checkedItems ?? [], field: "tags")
        let (stored, redaction) = try writer().logFeedback(
            pilot: pilot,
            FeedbackInput(
                rating: Int(value(.rating)) ?? 0, category: try FeedbackCategory.parse(value(.category), field: "category"),
                tags: tags, rawText: value(.text)))
        let removed = redaction.kinds.isEmpty ? "" : "; removed \(redaction.kinds.map(\.rawValue).joined(separator: ", "))"
        let message = "feedback #\(stored.id ?? 0) saved\(removed)"
        guard stored.category.suggestsIncident, let id = stored.id else { return FormOutcome(message: message, followUp: nil) }
        return FormOutcome(
            message: message,
            followUp: Confirmation(
                title: "Open an incident?",
                body: "This is a \(stored.category.title). Open an incident linked to feedback #\(id)? (y/n)",
                action: .openIncident(pilot: pilot, feedbackID: id)))
    }

    func perform(_ session: FormSession) throws -> FormOutcome {
        let form = session.form
        func value(_ id: FieldID) -> String { form[id]?.value ?? "" }
        func number(_ id: FieldID) -> Double? { form[id]?.number }
        func on(_ id: FieldID) -> Bool { form[id]?.isOn ?? false }
        switch session.kind {
        case .newPilot:
            let playbooks = try PlaybookLibrary.load(catalogue: database.catalogue())
            guard let playbook = playbooks.first(where: { $0.key == value(.playbook) }) else {
                throw FieldError("playbook", "choose a playbook")
            }
            let pilot = try writer().createPilot(
                NewPilot(
                    key: value(.key), name: value(.name), problem: value(.problem), successCriteria: value(.successCriteria),
                    ownerLogin: value(.owner), toolKey: value(.tool),
                    sites: value(.site).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }),
                playbook: playbook)
            return "created pilot \(pilot.key) at intake"
        case .newTool:
            let tool = try writer().addTool(
                Tool(
                    key: value(.key), name: value(.name), vendor: value(.vendor), model: value(.model), version: value(.version),
                    hosting: try Hosting.parse(value(.hosting), field: "hosting"), baaSigned: on(.baa),
                    noTrainingClause: on(.noTraining), retentionDays: Int(number(.retentionDays) ?? 0)))
            return "added tool \(tool.key); it awaits vetting"
        case .newPerson:
            let discipline = value(.discipline) == "none" ? nil : try Discipline.parse(value(.discipline), field: "discipline")
            var roles = [try Role.parse(value(.roles), field: "roles")]
            if discipline != nil, !roles.contains(.reviewer) { roles.append(.reviewer) }
            let person = try writer().addPerson(
                Person(login: value(.login), name: value(.name), email: value(.email), department: value(.department), roles: roles, discipline: discipline))
            return "added \(person.login)"
        case .newRisk(let pilot):
            let risk = try writer().addRisk(
                pilot: pilot, title: value(.title), category: try RiskCategory.parse(value(.category), field: "category"),
                likelihood: Int(number(.likelihood) ?? 0), impact: Int(number(.impact) ?? 0), mitigation: value(.mitigation), owner: nil)
            return "added risk #\(risk.id ?? 0) scored \(risk.score)"
        case .editRisk(_, let id):
            let status = try RiskStatus.parse(value(.status), field: "status")
            let risk = try writer().updateRisk(id: id) { risk in
                risk.status = status
                risk.likelihood = Int(number(.likelihood) ?? 0)
                risk.impact = Int(number(.impact) ?? 0)
                risk.mitigation = value(.mitigation)
            }
            return "risk #\(id) is \(risk.status.rawValue), scored \(risk.score)"
        case .updateIncident(_, let id):
            let steps = value(.step).split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Int($0) }
            let note = value(.note).trimmingCharacters(in: .whitespacesAndNewlines)
            let incident = try writer().updateIncident(
                id: id, status: try IncidentStatus.parse(value(.status), field: "status"), stepsDone: steps,
                note: note.isEmpty ? nil : note)
            let resume = incident.status == .closed ? "; a lead can now resume the pilot" : ""
            return "incident #\(id) is \(incident.status.rawValue), \(incident.stepsDone.count) steps done\(resume)"
        case .openIncident(let pilot, let feedback):
            let (incident, paused) = try writer().openIncident(
                pilot: pilot, severity: try Severity.parse(value(.severity), field: "severity"),
                kind: try IncidentKind.parse(value(.kind), field: "kind"), summary: value(.summary), feedbackID: feedback)
            return paused
                ? "incident #\(incident.id ?? 0) opened: KILL SWITCH — \(pilot) is paused, every gate blocked"
                : "incident #\(incident.id ?? 0) opened"
        case .recordMeasurement(let pilot):
            guard let measured = number(.value) else { throw FieldError("value", "give a number") }
            let stored = try writer().recordMeasurement(
                pilot: pilot,
                MeasurementInput(
                    metricKey: value(.metric), value: measured, n: Int(number(.n) ?? 0),
                    day: try Day(parsing: value(.date), field: "date"), isBaseline: on(.baseline)))
            return "recorded \(stored.metricKey) = \(Format.number(stored.value)) (n=\(stored.n))"
        case .logFeedback(let pilot):
            return try logFeedback(form, pilot: pilot)
        case .resume(let pilot):
            let resumed = try writer().resumePilot(pilot, rationale: value(.rationale))
            return "\(resumed.key) is active again"
        case .signOff(let pilot):
            let signOff = try writer().signOff(pilot: pilot, verdict: try SignOffVerdict.parse(value(.verdict), field: "verdict"), note: value(.note))
            return "\(signOff.verdict == .approve ? "approved" : "dissented on") the \(signOff.gate.rawValue) gate"
        case .decide(let pilot):
            let kind = try DecisionKind.parse(value(.decision), field: "decision")
            let (decision, moved) = try writer().decide(
                pilot: pilot,
                DecisionRequest(
                    kind: kind, rationale: value(.rationale), conditions: value(.conditions), override: on(.override),
                    reviewOn: kind == .hold ? try Day(parsing: value(.reviewOn), field: "review-on") : nil))
            let review = kind == .hold ? moved.nextReviewOn.map { ", next review \($0)" } ?? "" : ""
            return "decision \(decision.kind.rawValue)\(decision.isOverride ? " (override)" : ""): \(moved.key) is at \(moved.stage.rawValue), \(moved.status.rawValue)\(review)"
        case .export(let pilot):
            do {
                let path = try ReportExport.write(
                    database: database, pilot: pilot ?? ExportChoices.pilot(named: value(.report)), format: value(.format), path: value(.output),
                    replacing: session.replacesExistingFile, generatedAt: clock())
                return "report written to \(path)"
            } catch let exists as ExportTarget.Exists {
                return FormOutcome(
                    message: "\(Text.sanitized(exists.path, max: 60)) exists",
                    followUp: Confirmation(
                        title: "Replace the file?",
                        body: "\(Text.sanitized(exists.path, max: 60)) exists. Replace it, keeping its permissions? (y/n)",
                        action: .replaceExport, form: session))
            }
        }
    }
}
