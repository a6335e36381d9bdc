/// A refusal with a way out, where no dedicated error type says more.
public struct Refused: Remedied, Equatable, Sendable {
    public let reason: String
    public let remedy: Remedy?

    public init(_ reason: String, remedy: Remedy?) {
        self.reason = reason
        self.remedy = remedy
    }
}
