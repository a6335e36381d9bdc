/// Ages over 89 given by implication: a year of birth more than 89 years before the text was
/// written ("born in 1931", "b. 1929", "YOB 1928", "DOB 1934", "year of birth: 1933"), which Safe
/// Harbor treats like the age itself. Only the year is replaced ("born in [AGE>89]"); "born in
/// 1958", "since 1931" or "founded in 1902" stay.
struct PHIBirthYearDetector: PHIDetector {
    /// Words allowed between the cue and the year: "born in", "b. circa", "DOB: approx".
    private static let fillers: [StaticString] = ["in", "on", "of", "is", "was", "around", "about", "circa", "ca", "approx"]

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated() where token.digitCount == 4 {
            guard scan.writtenYear - token.value > 89, token.value >= 1800, isStandalone(token, in: scan),
                  followsBirthCue(index, in: scan) else { continue }
            matches.append(PHIMatch(.age, token.start..<token.end))
        }
    }

    /// A birth cue up to three tokens back, with only fillers and punctuation between: "born in",
    /// "(b. 1933)", "year of birth: 1933".
    private func followsBirthCue(_ index: Int, in scan: PHITextScan) -> Bool {
        var previous = index - 1
        while previous >= index - 3, let token = scan[previous] {
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

    /// A year on its own, not part of a date, range or code ("1931-05-02", "1931/32", "v1931").
    private func isStandalone(_ token: PHIToken, in scan: PHITextScan) -> Bool {
        let previous = scan.byte(at: token.start - 1)
        let next = scan.byte(at: token.end)
        return previous.map { !$0.isASCIIAlphanumeric && !"/-.".utf8.contains($0) } ?? true
            && next.map { !$0.isASCIIAlphanumeric && !"/-".utf8.contains($0) } ?? true
    }
}
