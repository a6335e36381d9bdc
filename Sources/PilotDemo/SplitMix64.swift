/// A small seeded generator (SplitMix64). The demo draws every choice from it, never from the
/// system generator or the standard library's `random(in:)`, whose algorithms may change between
/// Swift releases: the same seed must give the same hospital, so golden screens stay stable.
/// Tests use it too, so a failing random case can be replayed from its seed.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// Seeds from text with FNV-1a, since `Hasher` is randomized per process.
    init(seed text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        state = hash
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (the modulo bias is far below anything a demo can show).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A number in -1..<1, for noise around a centre.
    mutating func signedUnit() -> Double {
        Double(next() >> 11) * 0x1p-52 - 1
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...items.count - 1)]
    }
}
