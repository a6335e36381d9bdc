import Crypto

/// The bytes an audit entry's hash covers: the previous hash and every field, each as its UTF-8
/// length, a colon and its bytes, so that no two different entries serialise to the same bytes.
/// A missing pilot is the empty field; a missing before or after state is a single NUL.
struct AuditChainInput {
    /// The audit columns in chain order, as the verifier selects them.
    static let columns = "prev_hash, seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after"

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func field(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.appendDecimal(Int64(utf8.count))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: utf8)
    }

    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field($0) }
    }

    /// A number as its decimal text.
    mutating func field(_ number: Int64) {
        var length: Int64 = number < 0 ? 2 : 1
        var rest = number.magnitude
        while rest >= 10 {
            length += 1
            rest /= 10
        }
        bytes.appendDecimal(length)
        bytes.append(UInt8(ascii: ":"))
        bytes.appendDecimal(number)
    }

    mutating func field(pilotID: Int64?) {
        if let pilotID { field(pilotID) } else { field("") }
    }

    mutating func field(state: String?) { field(state ?? "\u{0}") }

    var digest: SHA256Digest { SHA256.hash(data: bytes) }
}
