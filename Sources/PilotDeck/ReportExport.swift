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
            throw FieldError("format", "cannot tell the format from '\(Text.sanitized(path))'; give --format md, html, csv or json")
        }
        return format
    }

    /// Writes the report to `path` ("-" is stdout) atomically; returns where it went.
    @discardableResult
    public static func write(database: PilotDatabase, pilot: String?, format name: String?, path: String, generatedAt: Date) throws -> String {
        let format = try format(named: path == "-" ? (name ?? "md") : name, path: path)
        let text = try render(database: database, pilot: pilot, format: format, generatedAt: generatedAt)
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return "standard output"
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: directory) else {
            throw FieldError("output", "the folder \(directory) does not exist; create it or choose another file")
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw FieldError("output", "cannot write \(Text.sanitized(path, max: 120)): \(error.localizedDescription)")
        }
        return url.path
    }
}
