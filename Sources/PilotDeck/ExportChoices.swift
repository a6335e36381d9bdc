import PilotReports
import TerminalKit

/// What the export form offers and how its file name follows the choices: the report (on the
/// portfolio, the portfolio's first and the highlighted pilot's second) and the format, whose
/// extension the file name always carries.
enum ExportChoices {
    static let portfolio = "portfolio"
    static let formats = ReportFormat.allCases.map(\.rawValue)

    /// The pilot the export is for when the screen names one; nil on the portfolio, whose form
    /// offers the choice.
    static func reports(pilot: String?, state: AppState) -> [String] {
        if let pilot { return [pilot] }
        return [portfolio] + (state.route == .portfolio ? state.currentPilot.map { [$0.key] } ?? [] : [])
    }

    /// The pilot an export started here is for: the open pilot's; none elsewhere, where the form
    /// offers the portfolio (and, on the portfolio, the highlighted pilot second).
    static func pilot(on state: AppState) -> String? {
        if case .pilot(let key) = state.route { return key }
        return nil
    }

    static func pilot(named report: String) -> String? {
        report.isEmpty || report == portfolio ? nil : report
    }

    static func fileName(report: String, format: String) -> String { "\(report)-report.\(format)" }

    /// After a key changed the form: a file name still the default for the old choices becomes
    /// the default for the new ones; any other name keeps itself but takes the new format's
    /// extension when it ends in a format's.
    /// `fixedReport` is the report of a form without a choice of report.
    static func followChoices(from before: Form, in form: inout Form, fixedReport: String) {
        let report = { (form: Form) in form[.report]?.value ?? fixedReport }
        let format = { (form: Form) in form[.format]?.value ?? formats[0] }
        guard report(before) != report(form) || format(before) != format(form), let path = form[.output]?.value else { return }
        if path == fileName(report: report(before), format: format(before)) {
            form.setValue(fileName(report: report(form), format: format(form)), for: .output)
        } else if let dot = path.lastIndex(of: "."), ReportFormat(fileExtension: String(path[path.index(after: dot)...])) != nil {
            form.setValue(String(path[..<dot]) + "." + format(form), for: .output)
        }
    }
}
