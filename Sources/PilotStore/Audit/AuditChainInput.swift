import Crypto

/// The bytes an audit entry's hash covers: the previous hash and every field, each as its UTF-8
/// length, a colon and its bytes, so that no two different entries serialise to the same bytes.
/// A missing pilot is the empty field; a missing before or after state is a single NUL.
final class AuditChainInput: Sendable {
    /// The audit columns in chain order, as the verifier selects them.
    static let columns = "prev_hash, seq, at, os_login, person_login, entity, entity_id, pilot_id, action, before, after"

    private let buffer: ByteBuffer

    init(capacity: Int = 1024) { buffer = ByteBuffer(capacity: capacity) }

    var count: Int { buffer.count }
    /// The bytes laid out so far; valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { buffer.bytes }
    var digest: SHA256Digest { buffer.digest }

    func removeAll() { buffer.removeAll() }

    func field(_ utf8: UnsafeBufferPointer<UInt8>) {
        buffer.write(upTo: utf8.count + 21) { out in
            let header = Self.writeHeader(utf8.count, to: out)
            if let source = utf8.baseAddress { (out + header).update(from: source, count: utf8.count) }
            return header + utf8.count
        }
    }

    func field(_ text: String) {
        var text = text
        text.withUTF8 { field($0) }
    }

    /// A number as its decimal text.
    func field(_ number: Int64) {
        header(ByteBuffer.decimalLength(number))
        buffer.appendDecimal(number)
    }

    func field(pilotID: Int64?) {
        if let pilotID { field(pilotID) } else { header(0) }
    }

    func field(state: UnsafeBufferPointer<UInt8>?) {
        if let state { field(state) } else { missingState() }
    }

    func field(state: String?) {
        if let state { field(state) } else { missingState() }
    }

    /// Every field of `entry`, in chain order.
    func entry(_ entry: AuditEntry) {
        field(entry.prevHash)
        field(entry.seq)
        field(AuditJSONWriter.milliseconds(entry.at))
        field(entry.osLogin)
        field(entry.personLogin)
        field(entry.entity)
        field(entry.entityID)
        field(pilotID: entry.pilotID)
        field(entry.action)
        field(state: entry.before)
        field(state: entry.after)
    }

    private func missingState() {
        header(1)
        buffer.append(0)
    }

    private func header(_ length: Int) {
        buffer.write(upTo: 21) { Self.writeHeader(length, to: $0) }
    }

    private static func writeHeader(_ length: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let digits = ByteBuffer.writeDecimal(Int64(length), to: out)
        out[digits] = UInt8(ascii: ":")
        return digits + 1
    }
}
