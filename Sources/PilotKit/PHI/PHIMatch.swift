/// An identifier a detector found, located in the *input* text. Package-visible so the evaluation
/// module can score coverage; it never leaves the package, and never holds the matched text.
package struct PHIMatch: Sendable, Hashable {
    /// How much a detector trusts its match; when matches overlap, the stronger one names the kind.
    enum Strength: Int, Comparable {
        /// A catch-all shape such as a long bare number.
        case fallback
        /// Inferred from context: capitalised words, street layouts.
        case contextual
        /// A distinctive format or an explicit cue word: "123-45-6789", "MRN 00482913".
        case specific

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    package let kind: PHIKind
    /// UTF-8 offsets into the input.
    package let range: Range<Int>
    let strength: Strength

    init(_ kind: PHIKind, _ range: Range<Int>, _ strength: Strength = .specific) {
        self.kind = kind
        self.range = range
        self.strength = strength
    }
}
