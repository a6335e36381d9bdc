import Crypto

/// Consecutive audit entries laid out for hashing on another thread, since SQLite is read on one:
/// each entry's chain input (`AuditChainInput`), where its `after` state lies in it, and the hash
/// stored beside it.
struct AuditChainBatch: Sendable {
    /// The number of entries a batch holds, so an entry's batch and place follow from its index.
    static let capacity = 4096

    /// The index, in the whole log, of the batch's first entry.
    let start: Int
    /// Where the entry being added writes its fields.
    let input = AuditChainInput(capacity: 1 << 21)
    private var inputEnds: [Int] = []
    private var afters: [Range<Int>?] = []
    private var hashes: [UInt8] = []
    private var hashEnds: [Int] = []
    private var seqs: [Int64] = []

    init(start: Int) {
        self.start = start
        inputEnds.reserveCapacity(Self.capacity)
        afters.reserveCapacity(Self.capacity)
        hashes.reserveCapacity(Self.capacity * 64)
        hashEnds.reserveCapacity(Self.capacity)
        seqs.reserveCapacity(Self.capacity)
    }

    var count: Int { inputEnds.count }
    var isFull: Bool { count == Self.capacity }

    /// Ends the entry whose fields were just written to `input`: its `after` state is the last
    /// `afterLength` bytes (nil for a delete), `hash` the hash stored with it.
    mutating func endEntry(seq: Int64, afterLength: Int?, hash: UnsafeBufferPointer<UInt8>) {
        afters.append(afterLength.map { (input.count - $0)..<input.count })
        inputEnds.append(input.count)
        seqs.append(seq)
        hashes.append(contentsOf: hash)
        hashEnds.append(hashes.count)
    }

    /// What hashing the batch found.
    struct Checked: Sendable {
        /// The first entry whose content does not match its hash: its index in the whole log, and its seq.
        var firstMismatch: (index: Int, seq: Int64)?
        /// SHA-256 of each entry's `after` state, 32 bytes per entry (zeros for a delete).
        var afterDigests: [UInt8]
    }

    func check() -> Checked {
        var checked = Checked(firstMismatch: nil, afterDigests: [UInt8](repeating: 0, count: count * 32))
        let bytes = input.bytes
        hashes.withUnsafeBufferPointer { hashes in
            var inputStart = 0
            var hashStart = 0
            for entry in 0..<count {
                let computed = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[inputStart..<inputEnds[entry]]))
                if checked.firstMismatch == nil, !Hex.matches(computed, UnsafeBufferPointer(rebasing: hashes[hashStart..<hashEnds[entry]])) {
                    checked.firstMismatch = (start + entry, seqs[entry])
                }
                if let after = afters[entry] {
                    let digest = SHA256.hash(data: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[after]))
                    digest.withUnsafeBytes { checked.afterDigests.replaceSubrange((entry * 32)..<(entry * 32 + 32), with: $0) }
                }
                inputStart = inputEnds[entry]
                hashStart = hashEnds[entry]
            }
        }
        return checked
    }
}
