import Foundation
import PilotKit

/// Finds the playbook folder: `--playbooks`, `$PILOTDECK_PLAYBOOKS`, `./Pilots`, then the `Pilots/`
/// of the source tree this binary was built from, so a fresh clone works with no setup.
enum PlaybookLocation {
    static func directory(_ option: String?) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        if let env = ProcessInfo.processInfo.environment["PILOTDECK_PLAYBOOKS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let local = URL(fileURLWithPath: "Pilots")
        if FileManager.default.fileExists(atPath: local.appendingPathComponent(".").path) { return local }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Pilots")
    }

    static func load(_ option: String?, catalogue: [DataDomain] = DataDomain.defaultCatalogue) throws -> [Playbook] {
        try Playbook.loadAll(in: directory(option), catalogue: catalogue)
    }

    static func find(_ key: String, option: String?, catalogue: [DataDomain]) throws -> Playbook {
        let all = try load(option, catalogue: catalogue)
        guard let playbook = all.first(where: { $0.key == key }) else {
            throw FieldError("playbook", "'\(Text.sanitized(key))' is not a playbook; use one of \(all.map(\.key).joined(separator: ", "))")
        }
        return playbook
    }
}
