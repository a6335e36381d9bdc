import Foundation
import PilotKit
import TerminalKit

/// Every form of the dashboard; each writes through one Ledger method.
public enum FormKind: Sendable, Equatable {
    case newPilot, newTool, newPerson
    case newRisk(pilot: String)
    case editRisk(pilot: String, id: Int64)
    case updateIncident(pilot: String, id: Int64)
    case openIncident(pilot: String, feedback: Int64?)
    case recordMeasurement(pilot: String)
    case logFeedback(pilot: String)
    case resume(pilot: String)
    case signOff(pilot: String)
    case decide(pilot: String)
    case export(pilot: String?)

    var title: String {
        switch self {
        case .newPilot: "New pilot"
        case .newTool: "New tool"
        case .newPerson: "New person"
        case .newRisk(let pilot): "New risk — \(pilot)"
        case .editRisk(let pilot, let id): "Risk #\(id) — \(pilot)"
        case .updateIncident(let pilot, let id): "Incident #\(id) — \(pilot)"
        case .openIncident(let pilot, let feedback): "Open incident — \(pilot)" + (feedback.map { " (from feedback #\($0))" } ?? "")
        case .recordMeasurement(let pilot): "Record measurement — \(pilot)"
        case .logFeedback(let pilot): "Log feedback — \(pilot)"
        case .resume(let pilot): "Resume paused pilot — \(pilot)"
        case .signOff(let pilot): "Sign off gate — \(pilot)"
        case .decide(let pilot): "Gate decision — \(pilot)"
        case .export(let pilot): pilot.map { "Export report — \($0)" } ?? "Export a report"
        }
    }

    /// What the user must be allowed to do to see this form; nil for exports (read-only).
    var permission: Permission? {
        switch self {
        case .newPilot: .createPilot
        case .newTool: .manageTools
        case .newPerson: .managePeople
        case .newRisk, .editRisk: .manageRisks
        case .updateIncident: .manageIncidents
        case .openIncident: .reportIncident
        case .recordMeasurement: .recordMetrics
        case .logFeedback: .logFeedback
        case .resume: .resumePilot
        case .signOff: .signOff
        case .decide: .decide
        case .export: nil
        }
    }

    /// The form's fields, given what the dashboard knows for choices.
    func fields(_ state: AppState) -> [FormField] {
        let nonEmpty: @Sendable (String) -> String? = { $0.trimmingCharacters(in: .whitespaces).isEmpty ? "required" : nil }
        switch self {
        case .newPilot:
            return [
                .text(.key, label: "Key", required: true, validate: { (try? Text.requireKey($0, field: "key")) == nil ? "2-24 of A-Z 0-9 -" : nil }),
                .text(.name, label: "Name", required: true, validate: nonEmpty),
                .choice(.playbook, label: "Playbook", options: state.playbookKeys),
                .choice(.tool, label: "Tool", options: state.tools.map(\.key)),
                .text(.owner, label: "Owner login", value: state.session.user.login, required: true),
                .multiline(.problem, label: "Problem", height: 2),
                .multiline(.successCriteria, label: "Success criteria", height: 2),
                .text(.site, label: "Sites (comma-separated)"),
            ]
        case .newTool:
            return [
                .text(.key, label: "Key", required: true, validate: { (try? Text.requireKey($0, field: "key")) == nil ? "2-24 of A-Z 0-9 -" : nil }),
                .text(.name, label: "Name", required: true, validate: nonEmpty),
                .text(.vendor, label: "Vendor", required: true, validate: nonEmpty),
                .text(.model, label: "Model", required: true, validate: nonEmpty),
                .text(.version, label: "Version", required: true, validate: nonEmpty),
                .choice(.hosting, label: "Hosting", options: Hosting.labels),
                .toggle(.baa, label: "BAA signed"),
                .toggle(.noTraining, label: "No-training clause"),
                .number(.retentionDays, label: "Retention days", value: 0, range: 0...3650),
            ]
        case .newPerson:
            return [
                .text(.login, label: "Login", required: true),
                .text(.name, label: "Name", required: true, validate: nonEmpty),
                .text(.email, label: "Org e-mail", required: true),
                .text(.department, label: "Department", required: true, validate: nonEmpty),
                .choice(.roles, label: "Role", options: Role.labels),
                .choice(.discipline, label: "Discipline", options: ["none"] + Discipline.labels),
            ]
        case .newRisk:
            return [
                .text(.title, label: "Title", required: true, validate: nonEmpty),
                .choice(.category, label: "Category", options: RiskCategory.labels),
                .number(.likelihood, label: "Likelihood 1-5", value: 3, range: 1...5),
                .number(.impact, label: "Impact 1-5", value: 3, range: 1...5),
                .multiline(.mitigation, label: "Mitigation", height: 2),
            ]
        case .editRisk(_, let id):
            let risk = state.detail?.risks.first { $0.id == id }
            return [
                .choice(.status, label: "Status", options: RiskStatus.labels, selected: risk.map { RiskStatus.allCases.firstIndex(of: $0.status)! } ?? 0),
                .number(.likelihood, label: "Likelihood 1-5", value: Double(risk?.likelihood ?? 3), range: 1...5),
                .number(.impact, label: "Impact 1-5", value: Double(risk?.impact ?? 3), range: 1...5),
                .multiline(.mitigation, label: "Mitigation", value: risk?.mitigation ?? "", height: 3),
            ]
        case .updateIncident(_, let id):
            let incident = state.detail?.incidents.first { $0.id == id }
            return [
                .choice(.status, label: "Status", options: IncidentStatus.labels, selected: incident.map { IncidentStatus.allCases.firstIndex(of: $0.status)! } ?? 0),
                .checklist(.step, label: "Steps done (Space)", items: incident.map { Self.actionPlan(of: $0, state.detail) } ?? []),
                .multiline(.note, label: "Timeline note", height: 3),
            ]
        case .openIncident:
            return [
                .choice(.severity, label: "Severity", options: Severity.labels),
                .choice(.kind, label: "Kind", options: IncidentKind.labels),
                .multiline(.summary, label: "Summary", height: 3, required: true, validate: nonEmpty),
            ]
        case .recordMeasurement:
            let metrics = state.detail?.playbook.metrics.map(\.key) ?? []
            return [
                .choice(.metric, label: "Metric", options: metrics),
                .number(.value, label: "Value", value: nil),
                .number(.n, label: "Samples (n)", value: 10, range: 1...10_000_000),
                .text(.date, label: "Date", value: Day(Date()).description, validate: { (try? Day(parsing: $0, field: "date")) == nil ? "YYYY-MM-DD" : nil }),
                .toggle(.baseline, label: "Baseline"),
            ]
        case .logFeedback:
            return [
                .choice(.rating, label: "Rating 1-5", options: ["1", "2", "3", "4", "5"], selected: 3),
                .choice(.category, label: "Category", options: FeedbackCategory.labels),
                .checklist(.tags, label: "Edits needed (Space)", items: EditTag.labels.map { FormField.ChecklistItem($0) }),
                .multiline(.text, label: "Comment (Ctrl-e: $EDITOR)", height: 4, required: true, validate: nonEmpty),
            ]
        case .resume:
            return [.multiline(.rationale, label: "Why it is safe to resume", height: 3, required: true, validate: nonEmpty)]
        case .signOff:
            return [
                .choice(.verdict, label: "Verdict", options: SignOffVerdict.labels, selected: nil),
                .multiline(.note, label: "Note (needed to dissent)", height: 3),
            ]
        case .decide:
            return [
                .choice(.decision, label: "Decision", options: DecisionKind.labels),
                .multiline(.rationale, label: "Rationale", height: 3, required: true, validate: nonEmpty),
                .multiline(.conditions, label: "Conditions", height: 2),
                .text(.reviewOn, label: "Review on (hold)", value: Day(Date()).adding(days: 28).description, validate: {
                    (try? Day(parsing: $0, field: "review-on")) == nil ? "YYYY-MM-DD" : nil
                }),
            ] + (state.roleRefusal(.overrideGate) == nil ? [.toggle(.override, label: "Override an unready gate (leadership)")] : [])
        case .export(let pilot):
            let reports = ExportChoices.reports(pilot: pilot, state: state)
            return (reports.count > 1 ? [.choice(.report, label: "Report", options: reports)] : []) + [
                .choice(.format, label: "Format", options: ExportChoices.formats),
                .text(.output, label: "File", value: ExportChoices.fileName(report: reports[0], format: ExportChoices.formats[0]),
                      required: true, validate: nonEmpty),
            ]
        }
    }

    /// An incident's action plan as checklist rows: steps done before are ticked for good (the
    /// Ledger only adds steps), overdue ones carry how long.
    static func actionPlan(of incident: Incident, _ detail: PilotDetail?) -> [FormField.ChecklistItem] {
        (detail?.playbook.actionPlan ?? []).enumerated().map { index, step in
            FormField.ChecklistItem(
                StepClock.line(step, number: index + 1, openedAt: incident.openedAt),
                warning: detail.flatMap { step.overdue(number: index + 1, of: incident, now: $0.readAt) },
                isLocked: incident.stepsDone.contains(index + 1))
        }
    }

    /// What the form shows above its fields.
    func briefing(_ state: AppState) -> FormBriefing? {
        guard case .signOff(let pilot) = self else { return nil }
        return FormBriefing.signOff(state.detail?.pilot.key == pilot ? state.detail : nil)
    }
}

/// A form on screen. Feedback passes through a preview of the redacted text before saving.
public struct FormSession: Sendable {
    public var kind: FormKind
    public var form: Form
    /// The redacted text the clinician confirms before feedback is stored.
    public var preview: String?
    public var error: String?
    /// The user confirmed replacing the existing file an export names.
    public var replacesExistingFile = false

    init(kind: FormKind, state: AppState) {
        self.kind = kind
        form = Form(kind.fields(state))
    }
}
