import Foundation

/// The repository the tests run from, found from this file's path, so that the tests read the
/// shipped playbooks, schema and goldens wherever the checkout is.
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shipped playbooks (`Pilots/`).
    public static let playbooks = appending("Pilots")

    /// `path`, relative to the package root.
    public static func appending(_ path: String) -> URL { url.appendingPathComponent(path) }
}
