/// Ages over 89, which Safe Harbor treats as identifying: "92-year-old", "93 yo", "age 94",
/// "aged 101", "92M", "she is 96", "turned 95", "Winifred Hale, 97, …". Only the number is
/// replaced, so "[AGE>89]-year-old" still reads. A bare number needs a person in front of it,
/// since "HR is 96" or "SpO2 96%" are vitals.
struct PHIAgeDetector: PHIDetector {
    private static let units: [StaticString] = [
        "year-old", "year old", "years old", "years-old", "yr-old", "yr old", "yrs old", "years", "year", "yrs",
        "yr", "yo", "y/o", "y.o",
    ]

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated() where token.isNumber && token.digitCount <= 3 {
            guard (90...125).contains(token.value), isStandalone(token, in: scan),
                  hasUnit(after: token, index: index, in: scan) || hasCue(before: index, in: scan)
                  || followsPerson(index, in: scan) else { continue }
            matches.append(PHIMatch(.age, token.start..<token.end))
        }
    }

    private func isStandalone(_ token: PHIToken, in scan: PHITextScan) -> Bool {
        let previous = scan.byte(at: token.start - 1)
        let next = scan.byte(at: token.end)
        return previous.map { !$0.isASCIIAlphanumeric && !"$.".utf8.contains($0) } ?? true
            && !(next.map { "/%:".utf8.contains($0) } ?? false)
            && !(next == UInt8(ascii: ".") && scan.byte(at: token.end + 1)?.isASCIIDigit == true)
    }

    private func hasUnit(after token: PHIToken, index: Int, in scan: PHITextScan) -> Bool {
        if scan.isAttached(index + 1), scan[index + 1]?.isUppercase == true, scan.spells(index + 1, "m", "f") {
            return true
        }
        var offset = token.end
        if scan.byte(at: offset) == UInt8(ascii: " ") || scan.byte(at: offset) == UInt8(ascii: "-") { offset += 1 }
        guard let unit = Self.units.first(where: { scan.matches($0, at: offset) }) else { return false }
        return scan.byte(at: offset + unit.utf8CodeUnitCount).map { !$0.isASCIILetter } ?? true
    }

    /// "age 94", "Age: 94", "age of 94", "age as 112".
    private func hasCue(before index: Int, in scan: PHITextScan) -> Bool {
        let cueEnd = scan.spells(index - 1, "of", "as") ? index - 1 : index
        return scan.hasCue(.ageCue, before: cueEnd)
    }

    /// "she is 96", "his mother was 101", "turned 95", and appositions such as "Winifred Hale, 97,".
    private func followsPerson(_ index: Int, in scan: PHITextScan) -> Bool {
        guard let previous = scan[index - 1] else { return false }
        if scan.spells(index - 1, "turned", "turns", "turning") { return true }
        if scan.spells(index - 1, "is", "was"), let subject = scan[index - 2] {
            return scan.spells(index - 2, "he", "she", "they", "who") || subject.has(.nameCue)
                || (subject.isCapitalised && !subject.has(.stopword) && !scan.isSentenceStart(index - 2))
        }
        guard previous.isSymbol(","), let name = scan[index - 2], name.isCapitalised, !name.has(.stopword),
              let after = scan[index + 1] else { return false }
        return after.isSymbol(",") || after.isSymbol(")")
    }
}
