/// Record, account, plan, licence, vehicle and device numbers named by a cue word:
/// "MRN# 0039918", "member ID XKB448120937", "S/N AC-99210-4471". The value must contain
/// digits and not be a year, so "chart review", "claim was denied" or "policy 2025" are left alone.
struct PHICuedIdentifierDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, cue) in scan.tokens.enumerated() where cue.has(.identifierCue) {
            guard let value = scan[scan.skippingConnectors(from: index + 1)],
                  value.isWord || value.isNumber,
                  let end = Self.identifierEnd(from: value.start, in: scan),
                  !(value.isNumber && value.end == end && value.digitCount == 4 && (1800...2099).contains(value.value))
            else { continue }
            matches.append(PHIMatch(cue.info.identifier, value.start..<end))
        }
    }

    /// The end of an identifier-looking value at `start`: letters and digits, optionally joined by
    /// single hyphens, with at least three digits and four characters.
    private static func identifierEnd(from start: Int, in scan: PHITextScan) -> Int? {
        var end = start
        var digits = 0
        while let byte = scan.byte(at: end) {
            if byte.isASCIIAlphanumeric {
                if byte.isASCIIDigit { digits += 1 }
                end += 1
            } else if byte == UInt8(ascii: "-"), scan.byte(at: end + 1)?.isASCIIAlphanumeric == true, end > start {
                end += 1
            } else {
                break
            }
        }
        return digits >= 3 && end - start >= 4 ? end : nil
    }
}
