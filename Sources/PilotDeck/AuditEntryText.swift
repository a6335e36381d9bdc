import Foundation
import PilotReports
import PilotStore

/// An audit entry written out in full for reading: who, when, what, its hashes, and its before
/// and after states field by field (sorted by name), the fields it changed listed first.
enum AuditEntryText {
    static func title(_ entry: AuditEntry) -> String {
        "Audit entry \(entry.seq) — \(entry.action) \(entry.entity) \(entry.entityID)"
    }

    static func body(_ entry: AuditEntry) -> String {
        let before = fields(entry.before)
        let after = fields(entry.after)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        var lines = [
            "at \(Display.isoTimestamp(entry.at)) by \(entry.personLogin) (OS login \(entry.osLogin))",
            "\(entry.action) of \(entry.entity) \(entry.entityID)" + (entry.pilotID.map { " in pilot #\($0)" } ?? ""),
            "hash \(entry.hash)",
            "previous \(entry.prevHash)",
            "",
            changed.isEmpty ? "Changed: nothing" : "Changed: " + changed.joined(separator: ", "),
        ]
        lines += section("Before", entry.before, before)
        lines += section("After", entry.after, after)
        return lines.joined(separator: "\n")
    }

    private static func section(_ name: String, _ raw: String?, _ fields: [String: String]) -> [String] {
        guard let raw else { return ["", "\(name): none"] }
        if fields.isEmpty { return ["", "\(name):", raw] }
        return ["", "\(name):"] + fields.keys.sorted().map { "\($0): \(fields[$0]!)" }
    }

    /// The state's top-level fields, each value as compact JSON; empty when it is not an object.
    private static func fields(_ json: String?) -> [String: String] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]),
            let dictionary = object as? [String: Any]
        else { return [:] }
        return dictionary.mapValues(render)
    }

    private static func render(_ value: Any) -> String {
        switch value {
        case let text as String: return text
        default:
            guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
            else { return "\(value)" }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
