/// A row's id as the verifier keys it: a number when it is spelled as `String(id)` spells an
/// integer id (every measurement and feedback row), else the text. A million states keyed by
/// integers take a fraction of the memory and hashing that text keys would.
enum AuditKey: Hashable, Sendable {
    case number(Int64)
    case text(String)

    init(_ id: String) { self.init(utf8: id.utf8) }

    init(utf8 id: some Collection<UInt8>) {
        self = Self.number(id).map(Self.number) ?? .text(String(decoding: id, as: UTF8.self))
    }

    var id: String {
        switch self {
        case .number(let number): String(number)
        case .text(let text): text
        }
    }

    /// The number `id` spells with no sign, no leading zero and at most 18 digits, which
    /// `String(_:)` spells back the same; nil otherwise.
    private static func number(_ id: some Collection<UInt8>) -> Int64? {
        guard (1...18).contains(id.count), id.first != UInt8(ascii: "0") || id.count == 1 else { return nil }
        var value: Int64 = 0
        for byte in id {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
