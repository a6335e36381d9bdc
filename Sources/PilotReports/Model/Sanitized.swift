import Foundation
import PilotKit

/// Text from users as a report may carry it: controls that could garble a terminal, a spreadsheet
/// or a page (C0/C1 controls, DEL, bidirectional overrides) become U+FFFD, line breaks become `\n`
/// and tabs spaces. Applied on every way in (init, assignment, decoding), so no renderer can ever
/// receive a control character, whoever built the report value.
@propertyWrapper
public struct Sanitized<Value: SanitizableText>: Codable, Hashable, Sendable {
    public var wrappedValue: Value {
        get { value }
        set { value = newValue.sanitized() }
    }

    private var value: Value

    public init(wrappedValue: Value) { value = wrappedValue.sanitized() }

    public init(from decoder: Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self).sanitized()
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// A value made of user text that `Sanitized` can clean.
public protocol SanitizableText: Codable, Hashable, Sendable {
    func sanitized() -> Self
}

extension String: SanitizableText {
    public func sanitized() -> String {
        // Printable ASCII holds nothing to clean: most of a report's text, left as it is.
        if utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return self }
        var out = String.UnicodeScalarView()
        var scalars = unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                out.append("\n")
            case "\n", "\u{2028}", "\u{2029}": out.append("\n")
            case "\t": out.append(" ")
            default: out.append(Text.isUnsafeToShow(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return String(out)
    }
}

extension Array: SanitizableText where Element == String {
    public func sanitized() -> [String] { map { $0.sanitized() } }
}
