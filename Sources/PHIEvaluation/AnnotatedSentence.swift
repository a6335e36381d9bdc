import PilotKit

/// A corpus sentence whose identifiers are marked inline as `{KIND:raw}`, e.g.
/// "pt {NAME:Maria Delgado} DOB {DATE:4/12/1961}". Parsing yields the plain text and the spans.
public struct AnnotatedSentence: Sendable, Equatable {
    public struct Span: Sendable, Equatable {
        public let kind: PHIKind
        public let raw: String
        /// UTF-8 offsets into `text`, the unit `PHIGuard.matches(in:)` reports in.
        public let range: Range<Int>
    }

    public enum ParseError: Error, Equatable {
        case unterminated(String)
        case unknownKind(String)
    }

    public let text: String
    public let spans: [Span]

    public init(parsing annotated: String) throws(ParseError) {
        var text: [UInt8] = []
        var spans: [Span] = []
        var rest = Substring(annotated)
        while let open = rest.firstIndex(of: "{") {
            text.append(contentsOf: rest[..<open].utf8)
            guard let colon = rest[open...].firstIndex(of: ":"), let close = rest[colon...].firstIndex(of: "}") else {
                throw .unterminated(annotated)
            }
            let label = rest[rest.index(after: open)..<colon]
            guard let kind = PHIKind(rawValue: label.lowercased()) else { throw .unknownKind(String(label)) }
            let raw = String(rest[rest.index(after: colon)..<close])
            spans.append(Span(kind: kind, raw: raw, range: text.count..<text.count + raw.utf8.count))
            text.append(contentsOf: raw.utf8)
            rest = rest[rest.index(after: close)...]
        }
        text.append(contentsOf: rest.utf8)
        self.text = String(decoding: text, as: UTF8.self)
        self.spans = spans
    }
}
