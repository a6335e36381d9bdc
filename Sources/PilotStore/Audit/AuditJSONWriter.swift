import Foundation

/// Audit JSON as bytes, spelled exactly as Foundation's `JSONEncoder` spelled it with `.sortedKeys`
/// and `.withoutEscapingSlashes` when the chain began: existing audit entries hold those bytes and
/// `audit verify` compares with them, so every spelling here is frozen. Strings escape `"`, `\` and
/// C0 controls only (`\b \f \n \r \t`, others `\u00xx`), keeping `/` and non-ASCII as UTF-8;
/// doubles print as Swift's shortest round-trip `description` without a trailing `.0`; dates are
/// whole milliseconds since 1970.
///
/// Members are written in the order they are given: callers give keys sorted by their UTF-8 bytes.
/// A class over a `ByteBuffer`, so a document is filled in place; one writer serves one thread.
final class AuditJSONWriter {
    private let buffer = ByteBuffer()
    /// Whether the next member or element follows another in its container, so needs a comma.
    /// Unchecked for exclusivity, like `ByteBuffer`'s state: one writer serves one thread.
    @exclusivity(unchecked) private var followsValue = false

    /// The document written so far; valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { buffer.bytes }

    /// Empties the buffer for the next document, keeping its storage.
    func removeAll() {
        buffer.removeAll()
        followsValue = false
    }

    func beginObject() { open(UInt8(ascii: "{")) }
    func endObject() { close(UInt8(ascii: "}")) }
    func beginArray() { open(UInt8(ascii: "[")) }
    func endArray() { close(UInt8(ascii: "]")) }

    /// A member's key; its value follows.
    func key(_ name: String) {
        string(name)
        buffer.append(UInt8(ascii: ":"))
        followsValue = false
    }

    /// A key known to need no escaping: a Swift property name.
    func key(_ name: StaticString) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.append(name)
        buffer.append(UInt8(ascii: "\""))
        buffer.append(UInt8(ascii: ":"))
        followsValue = false
    }

    func null() { literal("null") }

    func bool(_ value: Bool) { literal(value ? "true" : "false") }

    func integer(_ value: Int64) {
        separate()
        buffer.appendDecimal(value)
        followsValue = true
    }

    /// Whole milliseconds since 1970, rounded: the chain's one spelling of a date.
    func date(_ value: Date) { integer(Self.milliseconds(value)) }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// A number already spelled by `numberText`.
    func number(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { buffer.append($0) }
        followsValue = true
    }

    func double(_ value: Double) throws { number(try Self.numberText(value)) }

    /// `JSONEncoder`'s spelling of a floating-point value: its `description`, less a trailing ".0";
    /// like it, refuses infinities and NaN, which JSON cannot hold.
    static func numberText<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "\(value) cannot be written in JSON"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    func string(_ value: String) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        buffer.append(UInt8(ascii: "\""))
        followsValue = true
    }

    private func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            buffer.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(byte)
            case 0x08: buffer.append(UInt8(ascii: "b"))
            case 0x0C: buffer.append(UInt8(ascii: "f"))
            case 0x0A: buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(UInt8(ascii: "r"))
            case 0x09: buffer.append(UInt8(ascii: "t"))
            default:
                buffer.append(UInt8(ascii: "u"))
                buffer.append(UInt8(ascii: "0"))
                buffer.append(UInt8(ascii: "0"))
                buffer.append(Self.hexDigits[Int(byte >> 4)])
                buffer.append(Self.hexDigits[Int(byte & 0x0F)])
            }
        }
        buffer.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private func literal(_ text: StaticString) {
        separate()
        buffer.append(text)
        followsValue = true
    }

    private func open(_ bracket: UInt8) {
        separate()
        buffer.append(bracket)
        followsValue = false
    }

    private func close(_ bracket: UInt8) {
        buffer.append(bracket)
        followsValue = true
    }

    private func separate() {
        if followsValue { buffer.append(UInt8(ascii: ",")) }
    }
}
