import Foundation
import PilotKit

/// A reviewer's approval or dissent at a gate.
public struct SignOffLine: Codable, Hashable, Sendable {
    /// The stage the gate leads into.
    public var gate: Stage
    @Sanitized public var reviewer: String
    public var discipline: Discipline
    public var verdict: SignOffVerdict
    @Sanitized public var note: String
    public var signedAt: Date
}

extension SignOffLine {
    init(_ signOff: SignOff) {
        self.init(
            gate: signOff.gate, reviewer: signOff.reviewerLogin, discipline: signOff.discipline, verdict: signOff.verdict,
            note: signOff.note, signedAt: signOff.signedAt)
    }
}
