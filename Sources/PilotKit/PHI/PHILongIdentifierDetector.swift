/// The safety net for identifiers nobody announced: seven or more digits (in one run, or in three or
/// more parts without lowercase letters), or long capitalised codes with many digits (VINs, policy
/// numbers). Clinical numbers are never this long; ranges ("500-1000") and model names
/// ("gpt-4o-2024-08-06") are kept.
struct PHILongIdentifierDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        var index = 0
        while index < scan.tokens.count {
            let first = scan.tokens[index]
            guard first.isNumber || first.isWord, !Self.continuesNumber(before: first.start, in: scan) else {
                index += 1
                continue
            }
            var last = index
            var digits = 0, longestRun = 0, parts = 0, letters = 0, hasLowercase = false
            while true {
                let token = scan.tokens[last]
                digits += token.digitCount
                longestRun = max(longestRun, token.digitCount)
                parts += 1
                letters += token.isWord ? token.length : 0
                hasLowercase = hasLowercase || (token.isWord && !token.isUppercase)
                guard let next = Self.nextPart(after: last, in: scan) else { break }
                last = next
            }
            let end = scan.tokens[last].end
            let isLongNumber = digits >= 7 && (longestRun >= 7 || (parts >= 3 && !hasLowercase))
            if isLongNumber || (end - first.start >= 8 && digits >= 4 && letters >= 1 && !hasLowercase) {
                matches.append(PHIMatch(.id, first.start..<end, .fallback))
            }
            index = last + 1
        }
    }

    /// The next word or number glued to token `index`, directly or by one hyphen ("XR-77120-B").
    private static func nextPart(after index: Int, in scan: PHITextScan) -> Int? {
        let next = scan[index + 1]?.isSymbol("-") == true && scan.isAttached(index + 1) ? index + 2 : index + 1
        guard let token = scan[next], token.isWord || token.isNumber, scan.isAttached(next) else { return nil }
        return next
    }

    /// True inside decimals and dotted or slashed numbers ("0.0000001", "v2.3.1").
    private static func continuesNumber(before start: Int, in scan: PHITextScan) -> Bool {
        guard let previous = scan.byte(at: start - 1) else { return false }
        return previous.isASCIIAlphanumeric
            || (previous == UInt8(ascii: ".") || previous == UInt8(ascii: "/"))
            && scan.byte(at: start - 2)?.isASCIIAlphanumeric == true
    }
}
