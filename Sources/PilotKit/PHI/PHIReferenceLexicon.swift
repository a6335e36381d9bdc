/// Name and place evidence from public reference lists (see `Lexicon/README.md`): whether a word is
/// a surname of the 2010 US Census, a given name of Social Security card applications, a place of
/// GeoNames, and whether it is also a common English word. A hit alone is weak evidence ("Baker",
/// "Page", "Drive" are all listed); the detectors combine it with case and cues.
///
/// The keys ship as one static string (`PHIReferenceLexicon+Entries.swift`, generated) that stays in
/// the binary's read-only data; the first lookup indexes it in an open-addressing hash table of
/// offsets, so a lookup costs one hash of the word and a byte comparison or two.
package enum PHIReferenceLexicon {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8

        static let surname = Flags(rawValue: 1 << 0)
        static let givenName = Flags(rawValue: 1 << 1)
        static let place = Flags(rawValue: 1 << 2)
        /// Also an ordinary lowercase English word ("baker", "page", "mobile").
        static let commonWord = Flags(rawValue: 1 << 3)
        /// A name fewer than 1,000 people carry: evidence only where case or a cue agrees.
        static let rareName = Flags(rawValue: 1 << 4)
        /// A US state or a country, never a place to redact ("moved to Georgia", "from Jordan").
        static let region = Flags(rawValue: 1 << 5)

        var isName: Bool { !isDisjoint(with: [.surname, .givenName]) }
    }

    /// The flags of a lowercase key (a word, or the words of a place joined by single spaces).
    static func flags(forLowercase key: some Collection<UInt8>) -> Flags {
        index.flags(for: key)
    }

    /// The number of keys; reading it indexes them, as the first lookup would.
    package static var count: Int { index.count }
    /// What the keys add to the binary: the bytes of the static string.
    package static var binaryBytes: Int { entries.utf8CodeUnitCount }
    /// What the index takes in memory besides the keys' pages.
    package static var indexBytes: Int { index.slots.count * MemoryLayout<UInt32>.stride }

    private static let index = Index(entries)

    /// Offsets of the keys of `entries` in a power-of-two table at most two thirds full, probed
    /// linearly from the key's hash.
    private struct Index: Sendable {
        /// The offset of a key in `entries` plus one; zero marks an empty slot.
        let slots: [UInt32]
        let count: Int

        /// One pass over the bytes with plain loops, so that even a debug build indexes the quarter
        /// of a million keys in a fraction of a second (every CLI process that stores text does).
        init(_ entries: StaticString) {
            let bytes = UnsafeBufferPointer(start: entries.utf8Start, count: entries.utf8CodeUnitCount)
            var lines = 0
            for byte in bytes where byte == UInt8(ascii: "\n") { lines += 1 }
            var capacity = 1
            while capacity < (lines + 1) * 3 / 2 { capacity <<= 1 }
            let mask = capacity - 1
            var slots = [UInt32](repeating: 0, count: capacity)
            slots.withUnsafeMutableBufferPointer { slots in
                var lineStart = 0
                var hash = Self.basis
                var inKey = true
                for offset in 0..<bytes.count {
                    let byte = bytes[offset]
                    if byte == UInt8(ascii: "\n") {
                        lineStart = offset + 1
                        hash = Self.basis
                        inKey = true
                    } else if !inKey {
                        continue
                    } else if byte == UInt8(ascii: "\t") {
                        var slot = Int(hash) & mask
                        while slots[slot] != 0 { slot = (slot + 1) & mask }
                        slots[slot] = UInt32(lineStart + 1)
                        inKey = false
                    } else {
                        hash = (hash ^ UInt32(byte)) &* Self.prime
                    }
                }
            }
            self.slots = slots
            count = lines + 1
        }

        func flags(for key: some Collection<UInt8>) -> Flags {
            let entries = PHIReferenceLexicon.entries
            let bytes = UnsafeBufferPointer(start: entries.utf8Start, count: entries.utf8CodeUnitCount)
            let mask = slots.count - 1
            var slot = Int(key.reduce(Self.basis) { ($0 ^ UInt32($1)) &* Self.prime }) & mask
            while slots[slot] != 0 {
                let start = Int(slots[slot] - 1)
                let end = start + key.count
                if end < bytes.count, bytes[end] == UInt8(ascii: "\t"), bytes[start..<end].elementsEqual(key) {
                    return Flags(rawValue: bytes[end + 1] - 0x30)
                }
                slot = (slot + 1) & mask
            }
            return []
        }

        /// FNV-1a: quick on keys of a few bytes, and spreads them well enough for linear probing.
        private static let basis: UInt32 = 2_166_136_261
        private static let prime: UInt32 = 16_777_619
    }
}
