/// One thing that needs attention, explained in a line.
public struct Alert: Codable, Equatable, Hashable, Sendable {
    public var kind: AlertKind
    /// The pilot it concerns; nil for a tool.
    public var pilot: String?
    /// What it is about: "incident #8", "tool QUICKREPLY", "action plan".
    public var subject: String
    public var detail: String

    public init(kind: AlertKind, pilot: String?, subject: String, detail: String) {
        self.kind = kind
        self.pilot = pilot
        self.subject = subject
        self.detail = detail
    }
}
