/// Converts UTF-8 offsets (what the scanner works in) to Character offsets (what findings expose).
/// Pure-ASCII text, the common case, needs no conversion at all.
struct PHICharacterOffsets {
    private let text: String
    private let isASCII: Bool

    /// `isASCII` may be passed when already known, to skip a pass over the text.
    init(_ text: String, isASCII: Bool? = nil) {
        self.text = text
        self.isASCII = isASCII ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Findings for spans given in UTF-8 offsets; spans must be sorted and non-overlapping.
    func findings(_ spans: [(kind: PHIKind, range: Range<Int>)]) -> [PHIFinding] {
        if isASCII {
            return spans.map { PHIFinding(kind: $0.kind, range: $0.range) }
        }
        var characterOffset = 0
        var byteOffset = 0
        var characters = text.makeIterator()
        func offset(atByte target: Int) -> Int {
            while byteOffset < target, let character = characters.next() {
                byteOffset += character.utf8.count
                characterOffset += 1
            }
            return characterOffset
        }
        return spans.map { span in
            let lower = offset(atByte: span.range.lowerBound)
            let upper = offset(atByte: span.range.upperBound)
            return PHIFinding(kind: span.kind, range: lower..<upper)
        }
    }
}
