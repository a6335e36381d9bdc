import PilotKit

/// A head of the chain kept outside the file, to detect a chain rebuilt from scratch.
public struct AuditAnchor: Sendable, Equatable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public init(parsing text: String) throws {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0, parts[1].count == 64,
            parts[1].allSatisfy(\.isHexDigit)
        else {
            // Digits, a colon and hex digits are shown as typed: they spell no name or address.
            let shaped = parts.count == 2 && parts[0].allSatisfy(\.isWholeNumber) && parts[1].allSatisfy(\.isHexDigit) && text.count <= 90
            throw FieldError("anchor", "'\(shaped ? text : Text.sanitized(text))' is not SEQ:HASH as printed by `pilotdeck audit anchor`")
        }
        self.seq = seq
        hash = parts[1].lowercased()
    }

    public var description: String { "\(seq):\(hash)" }
}
