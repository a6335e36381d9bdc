import Foundation
import PilotKit
import PilotStore

/// Audit entries as the dashboard shows them: the text of feedback its author withdrew is
/// replaced in both states, since it was withdrawn for what it said (an identifier the PHI guard
/// missed). The log itself keeps every byte: `audit log` prints it and `audit verify` hashes it.
enum WithdrawnText {
    static let placeholder = "(withdrawn by its author)"

    static func hidden(in entries: [AuditEntry], database: PilotDatabase) throws -> [AuditEntry] {
        let feedback = Set(entries.lazy.filter { $0.entity == Feedback.entity }.compactMap { Int64($0.entityID) })
        let withdrawn = try database.withdrawnFeedback(among: feedback)
        guard !withdrawn.isEmpty else { return entries }
        return entries.map { entry in
            guard entry.entity == Feedback.entity, let id = Int64(entry.entityID), withdrawn.contains(id) else { return entry }
            var shown = entry
            shown.before = entry.before.map(hidingText)
            shown.after = entry.after.map(hidingText)
            return shown
        }
    }

    /// The state with its `text` replaced; a state without text is left as it is.
    static func hidingText(_ state: String) -> String {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(state.utf8))) as? [String: Any],
            let text = object["text"] as? String, !text.isEmpty
        else { return state }
        object["text"] = placeholder
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? placeholder
    }
}
