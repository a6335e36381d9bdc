/// One word, number or symbol of the text being scanned. Offsets are UTF-8 byte offsets into the
/// input, because the scanner works on bytes: Character-level scanning would be far too slow.
/// Tokens hold no strings, so the detectors can copy them around for free.
struct PHIToken {
    enum Kind { case word, number, symbol }

    let kind: Kind
    let start: Int
    let end: Int
    /// Where the word ends without its possessive "'s" ("Smith" of "Smith's").
    let stemEnd: Int
    /// What the lexicon knows about the word (without its "'s"); connectors for symbols.
    let info: PHIWordInfo
    /// Starts with an uppercase letter and has lowercase letters: "Delgado", "McAllister", "O'Brien",
    /// "Thornton-Wells"; not "European-format", whose lowercase tail marks an ordinary compound.
    let isCapitalised: Bool
    /// Has letters and none of them is lowercase: "MRN", "IL".
    let isUppercase: Bool
    /// The value of a number of up to nine digits, else -1.
    let value: Int
    /// The character of a symbol token.
    let symbol: Unicode.Scalar

    init(_ kind: Kind, _ start: Int, _ end: Int, stemEnd: Int? = nil, info: PHIWordInfo = PHIWordInfo(),
         isCapitalised: Bool = false, isUppercase: Bool = false, value: Int = -1, symbol: Unicode.Scalar = "\0") {
        self.kind = kind
        self.start = start
        self.end = end
        self.stemEnd = stemEnd ?? end
        self.info = info
        self.isCapitalised = isCapitalised
        self.isUppercase = isUppercase
        self.value = value
        self.symbol = symbol
    }

    var isPossessive: Bool { stemEnd != end }
    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var length: Int { end - start }
    var digitCount: Int { isNumber ? length : 0 }

    func has(_ trait: PHIWordTraits) -> Bool { info.traits.contains(trait) }
    func isSymbol(_ character: Unicode.Scalar) -> Bool { kind == .symbol && symbol == character }
}
