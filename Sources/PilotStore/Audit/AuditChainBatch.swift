import Crypto

/// Consecutive audit entries laid out for hashing on another thread, since SQLite is read on one:
/// each entry's chain input (`AuditChainInput`), where its `after` state lies in it, the hash
/// stored beside it, and the bulk rows those entries inserted (`LiveRowPairs`).
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
    private(set) var pairs: [any LiveRowPairs] = []

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

    mutating func add(_ pairs: any LiveRowPairs) { self.pairs.append(pairs) }

    /// What hashing the batch found.
    struct Checked: Sendable {
        /// The first entry whose content does not match its hash: its index in the whole log, and its seq.
        var firstMismatch: (index: Int, seq: Int64)?
        /// SHA-256 of each entry's `after` state, 32 bytes per entry; zeros for a delete, and for
        /// a state compared with its row here (`pairs`), unless that row could not be decoded.
        var afterDigests: [UInt8]
        var pairs: [Pair] = []
        /// What the paired rows decoded here add up to (`DerivedTotals`).
        var totals = DerivedTotals()
    }

    /// A row compared with the state its entry recorded.
    struct Pair: Sendable {
        let entity: String
        let rowID: Int64
        /// The entry's index in the whole log.
        let entry: Int
        /// Whether the row writes that state; nil when it was left for GRDB to decode.
        let matches: Bool?
    }

    func check() throws -> Checked {
        var checked = Checked(firstMismatch: nil, afterDigests: [UInt8](repeating: 0, count: count * 32))
        let bytes = input.bytes
        func state(_ entry: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[afters[entry]!]) }
        func digest(_ entry: Int) {
            SHA256.hash(data: UnsafeRawBufferPointer(state(entry))).withUnsafeBytes {
                checked.afterDigests.replaceSubrange((entry * 32)..<(entry * 32 + 32), with: $0)
            }
        }
        var paired = [Bool](repeating: false, count: count)
        let json = AuditJSONWriter()
        for rows in pairs {
            for pair in 0..<rows.count {
                let entry = rows.entry(pair)
                let matches = try rows.matches(pair, state(entry), json: json, totals: &checked.totals)
                checked.pairs.append(Pair(entity: rows.entity, rowID: rows.rowID(pair), entry: start + entry, matches: matches))
                paired[entry] = matches != nil
            }
        }
        hashes.withUnsafeBufferPointer { hashes in
            var inputStart = 0
            var hashStart = 0
            for entry in 0..<count {
                let computed = SHA256.hash(data: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[inputStart..<inputEnds[entry]])))
                let stored = UnsafeBufferPointer(rebasing: hashes[hashStart..<hashEnds[entry]])
                if checked.firstMismatch == nil, !Hex.matches(computed, stored) { checked.firstMismatch = (start + entry, seqs[entry]) }
                if afters[entry] != nil, !paired[entry] { digest(entry) }
                inputStart = inputEnds[entry]
                hashStart = hashEnds[entry]
            }
        }
        return checked
    }
}
