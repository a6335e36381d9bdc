import Foundation

extension [Participant] {
    /// "5 enrolled", or with those waiting for a go decision: "3 enrolled, 3 pending validation",
    /// so whoever reads a pilot sees that some may not use the tool yet.
    public var enrolment: String {
        let pending = Dictionary(grouping: compactMap(\.pendingStage)) { $0 }.sorted { $0.key < $1.key }
        return (["\(count) enrolled"] + pending.map { "\($0.value.count) pending \($0.key.rawValue)" }).joined(separator: ", ")
    }
}
