/// Phone numbers outside the North American layouts of `PHIShapeDetector`: E.164 with "+" or "00"
/// and a country code, in groups or not ("+44 20 7946 0958", "+81 3-5555-0123", "+44 (0)20 7946
/// 0958", "+442079460958", "0033 6 12 34 56 78"); national numbers opening with a trunk 0 ("020 7946 0958", "07700 900812",
/// "(02) 5550 3321"); and other groupings after a phone word ("mobile 55 1234 5678").
/// Doses, vitals, ranges and versions never run to that many digits in such groups, and a row of
/// clock times ("0800 1200 1600") is not taken for one.
struct PHIInternationalPhoneDetector: PHIDetector {
    /// E.164 allows 15 digits with the country code; fewer than 8 is no phone number anywhere.
    private static let internationalDigits = 8...15
    /// A national number with its trunk 0: ten digits in France or Australia, eleven in Britain.
    private static let nationalDigits = 10...11
    private static let cuedDigits = 10...13

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        var consumed = 0
        for (index, token) in scan.tokens.enumerated() where token.start >= consumed {
            guard token.isNumber || token.isSymbol("+") || token.isSymbol("("), startsCleanly(token.start, in: scan),
                  let end = numberEnd(at: index, in: scan) else { continue }
            matches.append(PHIMatch(.phone, token.start..<end))
            consumed = end
        }
    }

    /// Where the phone number starting at token `index` ends; none after an identifier's cue
    /// ("account number 0091-22817-44" is an account).
    private func numberEnd(at index: Int, in scan: PHITextScan) -> Int? {
        let token = scan.tokens[index]
        guard !scan.hasCue(.identifierCue, before: index) else { return nil }
        if token.isSymbol("+"), let run = groups(from: token.end, in: scan),
           Self.internationalDigits.contains(run.digits), run.firstGroup <= 3 || run.groups == 1 {
            return run.end
        }
        if token.isNumber, (4...5).contains(token.digitCount), scan.matches("00", at: token.start),
           let run = groups(from: token.start, in: scan), run.groups >= 3,
           Self.internationalDigits.contains(run.digits - 2) {
            return run.end
        }
        let opensWithTrunk = token.isNumber && scan.bytes[token.start] == UInt8(ascii: "0")
            || token.isSymbol("(") && scan.byte(at: token.end) == UInt8(ascii: "0")
        guard opensWithTrunk || (token.isNumber && isCued(index, in: scan)),
              let run = groups(from: token.start, in: scan), run.groups >= 2, run.shortestGroup >= 2, !run.isClockTimes,
              (opensWithTrunk ? Self.nationalDigits : Self.cuedDigits).contains(run.digits)
        else { return nil }
        return run.end
    }

    /// A phone word just before ("mobile", "call", "fax"), but not "at", which also leads doses and rates.
    private func isCued(_ index: Int, in scan: PHITextScan) -> Bool {
        scan.hasCue(.phoneCue, before: index) && !scan.spells(index - 1, "at")
    }

    /// What `groups(from:in:)` read: where it ends, its digits and the shape of its groups.
    private struct Run {
        var end = 0
        var digits = 0
        var groups = 0
        var firstGroup = 0
        var shortestGroup = Int.max
        var isClockTimes = true
    }

    /// Digit groups from `offset`, joined by one space, hyphen or dot, with an area code or trunk in
    /// parentheses anywhere ("(0)20", "(02) 5550").
    private func groups(from offset: Int, in scan: PHITextScan) -> Run? {
        var run = Run()
        var offset = offset
        while true {
            let parenthesised = scan.byte(at: offset) == UInt8(ascii: "(")
            let digitsStart = parenthesised ? offset + 1 : offset
            let digitsEnd = scan.run(from: digitsStart, while: \.isASCIIDigit)
            let length = digitsEnd - digitsStart
            guard length > 0, !parenthesised || scan.byte(at: digitsEnd) == UInt8(ascii: ")") else { break }
            run.digits += length
            run.groups += 1
            if run.groups == 1 { run.firstGroup = length }
            run.shortestGroup = min(run.shortestGroup, length)
            run.isClockTimes = run.isClockTimes && isClockTime(scan.bytes[digitsStart..<digitsEnd])
            run.end = parenthesised ? digitsEnd + 1 : digitsEnd
            let separator = scan.byte(at: run.end)
            let joined = parenthesised && scan.byte(at: run.end).map(\.isASCIIDigit) == true
            if joined {
                offset = run.end
            } else if separator.map({ " -.".utf8.contains($0) }) == true,
                      scan.byte(at: run.end + 1).map({ $0.isASCIIDigit || $0 == UInt8(ascii: "(") }) == true {
                offset = run.end + 1
            } else {
                break
            }
        }
        return run.groups > 0 && endsCleanly(run.end, in: scan) ? run : nil
    }

    /// "0800", "1630": four digits that read as a time of day.
    private func isClockTime(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count == 4 else { return false }
        let value = digits.reduce(0) { $0 * 10 + Int($1 & 0x0F) }
        return value / 100 < 24 && value % 100 < 60
    }

    /// Not inside a longer number, word or version ("v2.3.1", "3+4").
    private func startsCleanly(_ start: Int, in scan: PHITextScan) -> Bool {
        guard let previous = scan.byte(at: start - 1) else { return true }
        return !previous.isASCIIAlphanumeric && !"./-+".utf8.contains(previous)
    }

    private func endsCleanly(_ end: Int, in scan: PHITextScan) -> Bool {
        guard let next = scan.byte(at: end) else { return true }
        return !next.isASCIIAlphanumeric && !(".-/:".utf8.contains(next) && scan.byte(at: end + 1)?.isASCIIDigit == true)
    }
}
