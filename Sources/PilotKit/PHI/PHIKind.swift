/// The HIPAA Safe Harbor identifier families the PHI guard replaces, each with its own placeholder
/// so that redacted feedback still reads naturally ("Pt [NAME] DOB [DATE] ...").
public enum PHIKind: String, CaseIterable, Sendable, Codable {
    case name, address, zip, date, age, phone, email, ssn, mrn, id, url, ip

    /// The text that replaces an identifier of this kind. Ages are only redacted above 89,
    /// which the placeholder says so that readers know the value was not lost by accident.
    public var placeholder: String {
        switch self {
        case .age: "[AGE>89]"
        default: "[\(rawValue.uppercased())]"
        }
    }

    /// Where the placeholders sit in already-redacted text, so a view can highlight them.
    /// Ranges use the same Character offsets as `Redaction.findings`.
    public static func placeholderRanges(in text: String) -> [PHIFinding] {
        let bytes = Array(text.utf8)
        var found: [(kind: PHIKind, range: Range<Int>)] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "["),
               let entry = placeholderBytes.first(where: { bytes[index...].starts(with: $0.bytes) }) {
                found.append((entry.kind, index..<index + entry.bytes.count))
                index += entry.bytes.count
            } else {
                index += 1
            }
        }
        return PHICharacterOffsets(text).findings(found)
    }

    private static let placeholderBytes: [(kind: PHIKind, bytes: [UInt8])] =
        allCases.map { ($0, Array($0.placeholder.utf8)) }
}
