import Foundation
import PilotKit

/// Finds the playbook folder: an explicit folder, `$PILOTDECK_PLAYBOOKS`, `./Pilots`, then the
/// `Pilots/` of the source tree this binary was built from, so a fresh clone works with no setup.
public enum PlaybookLibrary {
    public static func directory(_ option: String? = nil) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        if let env = ProcessInfo.processInfo.environment["PILOTDECK_PLAYBOOKS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "Pilots", isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: "Pilots")
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Pilots")
    }

    public static func load(_ option: String? = nil, catalogue: [DataDomain] = DataDomain.defaultCatalogue) throws -> [Playbook] {
        try Playbook.loadAll(in: directory(option), catalogue: catalogue)
    }

    public static func keys(_ option: String? = nil) -> [String] { Playbook.keys(in: directory(option)) }

    public static func find(_ key: String, option: String? = nil, catalogue: [DataDomain]) throws -> Playbook {
        let all = try load(option, catalogue: catalogue)
        guard let playbook = all.first(where: { $0.key == key }) else {
            throw FieldError("playbook", "'\(Text.sanitized(key))' is not a playbook; use one of \(all.map(\.key).joined(separator: ", "))")
        }
        return playbook
    }
}
