import Foundation
import PilotKit
import PilotReports
import PilotStore

/// Builds a stage or portfolio report and writes it: one path for the CLI and the dashboard.
public enum ReportExport {
    /// Renders the report; `pilot` nil means the portfolio.
    public static func render(database: PilotDatabase, pilot: String?, format: ReportFormat, generatedAt: Date) throws -> String {
        if let pilot {
            return PilotReports.render(try ReportBuilder.stageReport(database: database, pilot: pilot, generatedAt: generatedAt), as: format)
        }
        return PilotReports.render(try ReportBuilder.portfolioReport(database: database, generatedAt: generatedAt), as: format)
    }

    /// The format named, or the one the file's extension implies.
    public static func format(named name: String?, path: String) throws -> ReportFormat {
        if let name, !name.isEmpty {
            guard let format = ReportFormat(rawValue: name.lowercased()) else {
                throw FieldError("format", "'\(Text.sanitized(name))' is not one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return format
        }
        guard let format = ReportFormat(fileExtension: (path as NSString).pathExtension) else {
            throw FieldError("format", "cannot tell the format from '\(Text.sanitized(path))'; name the format: md, html, csv or json")
        }
        return format
    }

    /// Writes the report to `path` ("-" is stdout) atomically; an existing file is replaced only
    /// when `replacing`, keeping its permissions. Returns where it went.
    @discardableResult
    public static func write(
        database: PilotDatabase, pilot: String?, format name: String?, path: String, replacing: Bool = false, generatedAt: Date
    ) throws -> String {
        let format = try format(named: path == "-" ? (name ?? "md") : name, path: path)
        let target = try ExportTarget.check(path, replacing: replacing)
        let text = try render(database: database, pilot: pilot, format: format, generatedAt: generatedAt)
        try target.write(Data(text.utf8))
        return path == "-" ? "standard output" : URL(fileURLWithPath: path).path
    }
}
