/// Ages over 89 given by implication: a year of birth more than 89 years before the text was
/// written ("born in 1931", "b.1929", "YOB 1928", "DOB 1934", "birth year: 1933", "born in '31"),
/// which Safe Harbor treats like the age itself. Only the year is replaced ("born in [AGE>89]");
/// "born in 1958", "since 1931" or "founded in 1902" stay.
struct PHIBirthYearDetector: PHIDetector {
    /// Words allowed between the cue and the year: "born in", "b. circa", "DOB: approx", "birth year".
    private static let fillers: [StaticString] = [
        "in", "on", "of", "is", "was", "the", "year", "around", "about", "circa", "c", "ca", "approx",
    ]

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated() where token.digitCount == 4 || token.digitCount == 2 {
            guard let year = year(of: token, at: index, in: scan), scan.writtenYear - year > 89,
                  isStandalone(token, in: scan), followsBirthCue(token.digitCount == 2 ? index - 1 : index, in: scan)
            else { continue }
            matches.append(PHIMatch(.age, token.start..<token.end))
        }
    }

    /// The year a token spells: four digits from 1800 on, or two after an apostrophe ("'31"), in
    /// the last century when that is no later than the text.
    private func year(of token: PHIToken, at index: Int, in scan: PHITextScan) -> Int? {
        if token.digitCount == 4 { return token.value >= 1800 ? token.value : nil }
        guard scan[index - 1]?.isSymbol("'") == true, scan.isAttached(index) else { return nil }
        let century = scan.writtenYear / 100 * 100
        return century + token.value > scan.writtenYear ? century - 100 + token.value : century + token.value
    }

    /// A birth cue up to four tokens back, with only fillers and punctuation between: "born in",
    /// "(b. 1933)", "year of birth: 1933", "born in the year 1929".
    private func followsBirthCue(_ index: Int, in scan: PHITextScan) -> Bool {
        var previous = index - 1
        while previous >= index - 4, let token = scan[previous] {
            if token.has(.birthCue) {
                return !scan.spells(previous, "b") || scan[previous + 1]?.isSymbol(".") == true
            }
            let isFiller = token.kind == .symbol ? ".:,(-".unicodeScalars.contains(token.symbol)
                : Self.fillers.contains { scan.spells(previous, $0) }
            guard isFiller else { return false }
            previous -= 1
        }
        return false
    }

    /// A year on its own, not part of a date, range, decimal or code ("1931-05-02", "1931/32",
    /// "3.1931", "v1931"); "b.1931" is one.
    private func isStandalone(_ token: PHIToken, in scan: PHITextScan) -> Bool {
        let previous = scan.byte(at: token.start - 1)
        let next = scan.byte(at: token.end)
        let inNumber = previous == UInt8(ascii: ".") && scan.byte(at: token.start - 2)?.isASCIIDigit == true
        return previous.map { !$0.isASCIIAlphanumeric && !"/-".utf8.contains($0) } ?? true && !inNumber
            && next.map { !$0.isASCIIAlphanumeric && !"/-".utf8.contains($0) } ?? true
    }
}
