/// The result of running the PHI guard over one text. There is intentionally no field for the
/// original text or the matched values: raw identifiers must never reach storage, logs or errors.
public struct Redaction: Sendable, Hashable, Codable {
    /// The input with every identifier replaced by its kind's placeholder.
    public let text: String
    /// The placeholders this redaction inserted, in text order.
    public let findings: [PHIFinding]

    public init(text: String, findings: [PHIFinding]) {
        self.text = text
        self.findings = findings
    }

    /// The distinct kinds found, in order of first appearance.
    public var kinds: [PHIKind] {
        var seen: Set<PHIKind> = []
        return findings.map(\.kind).filter { seen.insert($0).inserted }
    }

    /// True when nothing was redacted, i.e. `text` is the input unchanged.
    public var isClean: Bool { findings.isEmpty }
}
