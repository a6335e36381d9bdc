import Foundation
import Testing

/// Compares output with a file under `Golden/`; `PILOTDECK_UPDATE_GOLDENS=1` rewrites the file instead
/// and records an issue, so that an update run can never show green.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["PILOTDECK_UPDATE_GOLDENS"] == "1" }

    static func check(_ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record(
                "rewrote golden \(name): an update run never passes; rerun without PILOTDECK_UPDATE_GOLDENS to check",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden \(name); run with PILOTDECK_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let wanted = String(decoding: expected, as: UTF8.self)
        if output != wanted {
            let got = output.split(separator: "\n", omittingEmptySubsequences: false)
            let want = wanted.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                \(name) differs from its golden at line \(line + 1); rerun with PILOTDECK_UPDATE_GOLDENS=1 if the change is intended
                  golden: \(line < want.count ? String(want[line]) : "<end>")
                  output: \(line < got.count ? String(got[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
