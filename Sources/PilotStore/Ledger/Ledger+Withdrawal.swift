import Foundation
import PilotKit

extension Ledger {
    /// Withdraws the actor's own feedback, as when they notice an identifier the PHI guard missed:
    /// its text is cleared and it leaves the pilot's lists, tallies, reports and exports. The audit
    /// log keeps what it said (it is append-only) and records who withdrew it, and when.
    @discardableResult
    public func withdrawFeedback(id: Int64) throws -> Feedback {
        try write(.logFeedback) { writes in
            guard let feedback = try writes.session.record(Feedback.self, key: [id]) else {
                throw StoreError.notFound(entity: "feedback", name: String(id))
            }
            guard feedback.authorLogin == actor.login else {
                throw StoreError.refused("feedback #\(id) was logged by \(feedback.authorLogin); only its author may withdraw it")
            }
            if let at = feedback.withdrawnAt {
                throw StoreError.refused("feedback #\(id) was already withdrawn on \(Day(at)); nothing to do")
            }
            var withdrawn = feedback
            withdrawn.text = ""
            withdrawn.withdrawnAt = writes.at
            try writes.update(withdrawn, from: feedback)
            return withdrawn
        }
    }
}
