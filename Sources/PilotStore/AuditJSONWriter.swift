import Foundation

/// Audit JSON as bytes, spelled exactly as Foundation's `JSONEncoder` spelled it with `.sortedKeys`
/// and `.withoutEscapingSlashes` when the chain began: existing audit entries hold those bytes and
/// `audit verify` compares with them, so every spelling here is frozen. Strings escape `"`, `\` and
/// C0 controls only (`\b \f \n \r \t`, others `\u00xx`), keeping `/` and non-ASCII as UTF-8;
/// doubles print as Swift's shortest round-trip `description` without a trailing `.0`; dates are
/// whole milliseconds since 1970.
///
/// Members are written in the order they are given: callers give keys sorted by their UTF-8 bytes.
struct AuditJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Whether the next member or element follows another in its container, so needs a comma.
    private var followsValue = false

    init(capacity: Int = 512) { bytes.reserveCapacity(capacity) }

    /// Empties the buffer for the next document, keeping its storage.
    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        followsValue = false
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's key; its value follows.
    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        followsValue = false
    }

    /// A key known to need no escaping: a Swift property name.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        followsValue = false
    }

    mutating func null() { literal("null") }

    mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }

    mutating func integer(_ value: Int64) {
        separate()
        bytes.appendDecimal(value)
        followsValue = true
    }

    /// Whole milliseconds since 1970, rounded: the chain's one spelling of a date.
    mutating func date(_ value: Date) { integer(Self.milliseconds(value)) }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// A number already spelled by `numberText`.
    mutating func number(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
        followsValue = true
    }

    mutating func double(_ value: Double) throws { number(try Self.numberText(value)) }

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

    mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { appendEscaped($0) }
        bytes.append(UInt8(ascii: "\""))
        followsValue = true
    }

    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in utf8.indices {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            runStart = index + 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            default:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(contentsOf: [Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
            }
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func literal(_ text: StaticString) {
        separate()
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        followsValue = true
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        followsValue = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        followsValue = true
    }

    private mutating func separate() {
        if followsValue { bytes.append(UInt8(ascii: ",")) }
    }
}
