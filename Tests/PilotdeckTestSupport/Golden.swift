import Foundation
import Testing

/// Output compared with files of a folder in the repository. `PILOTDECK_UPDATE_GOLDENS=1`
/// rewrites the file instead and records an issue, so that an update run can never show green;
/// a difference is reported at its first differing line.
public struct Golden: Sendable {
    /// The folder, relative to the package root.
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public static var updating: Bool { ProcessInfo.processInfo.environment["PILOTDECK_UPDATE_GOLDENS"] == "1" }

    public func check(_ output: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = PackageRoot.appending(folder)
        let url = directory.appendingPathComponent(name)
        let file = "\(folder)/\(name)"
        if Self.updating {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
            Issue.record(
                "rewrote golden \(file): an update run never passes; rerun without PILOTDECK_UPDATE_GOLDENS to check",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden \(file); run with PILOTDECK_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let wanted = String(decoding: expected, as: UTF8.self)
        if output != wanted {
            let got = output.split(separator: "\n", omittingEmptySubsequences: false)
            let want = wanted.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            Issue.record(
                """
                \(file) differs from its golden at line \(line + 1); rerun with PILOTDECK_UPDATE_GOLDENS=1 if the change is intended
                  golden: \(line < want.count ? String(want[line]) : "<end>")
                  output: \(line < got.count ? String(got[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}
