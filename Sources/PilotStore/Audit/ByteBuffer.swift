import Crypto

/// Growable bytes in raw memory, for what audit hashing writes by the million (chain inputs,
/// audit JSON): `[UInt8]` checks uniqueness and capacity on every append (BENCHMARKS.md, "Why
/// the fast paths"). A class, so a buffer is filled in place; whoever holds one writes to it alone, and a
/// buffer handed to another thread is never written again (hence `Sendable`).
///
/// Its state is exempt from Swift's run-time exclusivity checks, which cost more than the writes
/// they guarded: a buffer is only ever used by one thread and never re-entered.
final class ByteBuffer: @unchecked Sendable {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int = 512) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes written so far; valid until the next write.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    var digest: SHA256Digest { SHA256.hash(data: UnsafeRawBufferPointer(bytes)) }

    func removeAll() { count = 0 }

    func append(_ byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        reserve(bytes.count)
        (storage + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `value` in decimal, as `String(value)` spells it.
    func appendDecimal(_ value: Int64) {
        write(upTo: 20) { Self.writeDecimal(value, to: $0) }
    }

    /// Lets `body` write at most `maximum` bytes in place; it answers how many it wrote.
    @inline(__always)
    func write(upTo maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        count += body(storage + count)
    }

    /// Writes `value` in decimal at `out` and answers the length. Lengths and most JSON numbers
    /// have one to three digits, written without a division loop.
    static func writeDecimal(_ value: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let zero = UInt8(ascii: "0")
        switch value {
        case 0..<10:
            out[0] = zero + UInt8(value)
            return 1
        case 10..<100:
            out[0] = zero + UInt8(value / 10)
            out[1] = zero + UInt8(value % 10)
            return 2
        case 100..<1000:
            out[0] = zero + UInt8(value / 100)
            out[1] = zero + UInt8(value / 10 % 10)
            out[2] = zero + UInt8(value % 10)
            return 3
        default:
            let length = decimalLength(value)
            var magnitude = value.magnitude
            var index = length
            repeat {
                index -= 1
                out[index] = zero + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { out[0] = UInt8(ascii: "-") }
            return length
        }
    }

    /// The number of bytes `appendDecimal(value)` writes.
    static func decimalLength(_ value: Int64) -> Int {
        var length = value < 0 ? 2 : 1
        var rest = value.magnitude
        while rest >= 10 {
            length += 1
            rest /= 10
        }
        return length
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        capacity = max(2 * capacity, needed)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: storage, count: count)
        storage.deallocate()
        storage = grown
    }
}
