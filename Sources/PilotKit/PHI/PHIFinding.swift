/// One redacted identifier: its kind and where its placeholder sits in the redacted text.
/// It deliberately carries no trace of the raw value, so findings are safe to store and log.
public struct PHIFinding: Sendable, Hashable, Codable {
    public let kind: PHIKind
    /// Character offsets into the redacted text (the unit a terminal view walks text in).
    public let range: Range<Int>

    public init(kind: PHIKind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
