import Foundation

/// The formats a report is written in.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown = "md"
    case html
    case csv
    case json

    /// The format a file name implies (`report.html`, `board.MD`, `.markdown`); nil when it implies none,
    /// so the CLI can ask for `--format` instead of guessing.
    public init?(fileExtension: String) {
        let bare = fileExtension.hasPrefix(".") ? String(fileExtension.dropFirst()) : fileExtension
        switch bare.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        case "csv": self = .csv
        case "json": self = .json
        default: return nil
        }
    }

    /// The extension a file in this format gets.
    public var fileExtension: String { rawValue }
}
