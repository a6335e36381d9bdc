import Foundation

/// Files of the repository the tests read.
enum Paths {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let schema = repoRoot.appendingPathComponent("Sources/PilotReports/Schema/report.schema.json")
    static let playbooks = repoRoot.appendingPathComponent("Pilots")
}
