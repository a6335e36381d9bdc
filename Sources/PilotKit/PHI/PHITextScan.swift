/// The input split once into bytes and tokens, shared by every detector so that no detector
/// re-reads or re-allocates the text.
struct PHITextScan {
    let bytes: [UInt8]
    private(set) var tokens: [PHIToken] = []
    /// No byte above 0x7F, so byte offsets are also Character offsets.
    let isASCII: Bool
    /// The year the text was written in, against which a year of birth implies an age.
    let writtenYear: Int

    init(_ text: String, writtenYear: Int) {
        self.writtenYear = writtenYear
        bytes = Array(text.utf8)
        isASCII = bytes.allSatisfy { $0 < 0x80 }
        tokens.reserveCapacity(bytes.count / 4)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte.isASCIIDigit {
                let end = run(from: index, while: \.isASCIIDigit)
                let value = end - index > 9 ? -1 : bytes[index..<end].reduce(0) { $0 * 10 + Int($1 & 0x0F) }
                tokens.append(PHIToken(.number, index, end, value: value))
                index = end
            } else if byte.isASCIILetter || (byte >= 0x80 && scalar(at: index).properties.isAlphabetic) {
                index = scanWord(from: index)
            } else if byte.isASCIIWhitespace || (byte >= 0x80 && scalar(at: index).properties.isWhitespace) {
                index += scalarLength(at: index)
            } else {
                let end = index + scalarLength(at: index)
                let symbol = scalar(at: index)
                let info = Self.connectorSymbols.contains(symbol) ? PHIWordInfo(traits: .connector) : PHIWordInfo()
                tokens.append(PHIToken(.symbol, index, end, info: info, symbol: symbol))
                index = end
            }
        }
    }

    // MARK: Reading

    subscript(_ index: Int) -> PHIToken? {
        tokens.indices.contains(index) ? tokens[index] : nil
    }

    func byte(at offset: Int) -> UInt8? {
        bytes.indices.contains(offset) ? bytes[offset] : nil
    }

    /// True when token `index` follows the previous token with no space between them.
    func isAttached(_ index: Int) -> Bool {
        index > 0 && index < tokens.count && tokens[index - 1].end == tokens[index].start
    }

    func isSentenceStart(_ index: Int) -> Bool {
        guard let previous = self[index - 1] else { return true }
        return previous.kind == .symbol && ".!?:;(\"—".unicodeScalars.contains(previous.symbol)
    }

    /// Whether token `index` is one of `words`, ignoring ASCII case.
    func spells(_ index: Int, _ words: StaticString...) -> Bool {
        guard let token = self[index], token.isWord else { return false }
        return words.contains { $0.utf8CodeUnitCount == token.length && matches($0, at: token.start) }
    }

    /// The first token at or after `index` that is not a connector such as ":", "#" or "number".
    func skippingConnectors(from index: Int) -> Int {
        var index = index
        while index < tokens.count, tokens[index].has(.connector) { index += 1 }
        return index
    }

    /// Whether a cue word of the given trait stands just before token `index`, connectors aside
    /// ("DOB: 3/14/52", "SSN ending in 6789", "IL 62704").
    func hasCue(_ trait: PHIWordTraits, before index: Int) -> Bool {
        var index = index - 1
        while let token = self[index] {
            if token.has(trait) || (trait == .zipCue && token.isUppercase && token.has(.state)) { return true }
            guard token.has(.connector) else { return false }
            index -= 1
        }
        return false
    }

    /// Whether the bytes from `offset` spell `word`, ignoring ASCII case.
    func matches(_ word: StaticString, at offset: Int) -> Bool {
        guard offset + word.utf8CodeUnitCount <= bytes.count else { return false }
        return word.withUTF8Buffer { expected in
            expected.indices.allSatisfy { bytes[offset + $0].asciiLowercased == expected[$0] }
        }
    }

    /// The end of the run of bytes satisfying `predicate` that starts at `offset`.
    func run(from offset: Int, while predicate: (UInt8) -> Bool) -> Int {
        var end = offset
        while end < bytes.count, predicate(bytes[end]) { end += 1 }
        return end
    }

    // MARK: Tokenising

    private static let connectorSymbols = Set(":#-=(.".unicodeScalars)

    /// Scans letters joined by inner apostrophes or hyphens ("O'Brien", "Thornton-Wells"), and
    /// single letters joined by a slash ("y/o", "S/N").
    private mutating func scanWord(from start: Int) -> Int {
        var end = start
        var hasUpper = false, hasLower = false, firstIsUpper = false, lowerAfterHyphen = false
        while end < bytes.count {
            let (isLetter, isUpper, isLower, length) = letterCase(at: end)
            if isLetter {
                if isUpper, end == start { firstIsUpper = true }
                hasUpper = hasUpper || isUpper
                hasLower = hasLower || isLower
                end += length
            } else if let joinerLength = joinerLength(at: end), self.isLetter(at: end + joinerLength) {
                if bytes[end] == UInt8(ascii: "-"), !letterCase(at: end + 1).isUpper { lowerAfterHyphen = true }
                end += joinerLength
            } else {
                break
            }
        }
        if end - start == 1, byte(at: end) == UInt8(ascii: "/"), isLetter(at: end + 1), !isLetter(at: end + 2) {
            end += 2
        }
        let stemEnd = possessiveStemEnd(start: start, end: end)
        tokens.append(PHIToken(.word, start, end, stemEnd: stemEnd, info: PHILexicon.info(for: bytes[start..<stemEnd]),
                               isCapitalised: firstIsUpper && hasLower && !lowerAfterHyphen,
                               isUppercase: hasUpper && !hasLower))
        return end
    }

    private func possessiveStemEnd(start: Int, end: Int) -> Int {
        guard end - start > 3, bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") else {
            return end
        }
        if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
        if end - start > 5, bytes[(end - 4)..<(end - 1)].elementsEqual(Self.rightQuote) { return end - 4 }
        return end
    }

    /// Apostrophes and hyphens join letters into one word.
    private func joinerLength(at offset: Int) -> Int? {
        switch byte(at: offset) {
        case UInt8(ascii: "'"), UInt8(ascii: "-"): 1
        case 0xE2 where bytes[offset...].starts(with: Self.rightQuote): 3
        default: nil
        }
    }

    /// Letter and case of the scalar at `offset`, with an ASCII fast path.
    private func letterCase(at offset: Int) -> (isLetter: Bool, isUpper: Bool, isLower: Bool, length: Int) {
        let byte = bytes[offset]
        if byte < 0x80 {
            return (byte.isASCIILetter, byte.isASCIIUppercase, byte.isASCIILetter && !byte.isASCIIUppercase, 1)
        }
        let properties = scalar(at: offset).properties
        return (properties.isAlphabetic, properties.isUppercase, properties.isLowercase, scalarLength(at: offset))
    }

    private func isLetter(at offset: Int) -> Bool {
        guard let byte = byte(at: offset) else { return false }
        return byte.isASCIILetter || (byte >= 0x80 && scalar(at: offset).properties.isAlphabetic)
    }

    private static let rightQuote = Array("\u{2019}".utf8)

    private func scalarLength(at offset: Int) -> Int {
        switch bytes[offset] {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    private func scalar(at offset: Int) -> Unicode.Scalar {
        let length = min(scalarLength(at: offset), bytes.count - offset)
        var value = UInt32(bytes[offset]) & (length == 1 ? 0x7F : 0x7F >> length)
        for continuation in bytes[(offset + 1)..<(offset + length)] {
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isASCIIAlphanumeric: Bool { isASCIIDigit || isASCIILetter }
    var isASCIIUppercase: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
    var isASCIIWhitespace: Bool { self == 0x20 || (self >= 0x09 && self <= 0x0D) }
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
}
