/// Street addresses and PO boxes, with a following unit, "City, ST" and ZIP code:
/// "88 Chestnut St., Apt. 2R, Boston, MA 02108", "PO Box 4471", "500 Route 9".
/// A house number must be followed by capitalised street words and a street suffix, so
/// "10 units" or "room 412" never qualify.
struct PHIStreetAddressDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for index in scan.tokens.indices {
            guard let (start, streetLast) = street(at: index, in: scan) else { continue }
            var last = unitLast(after: directionalLast(after: streetLast, in: scan), in: scan)
            last = cityStateLast(after: last, in: scan) ?? last
            matches.append(PHIMatch(.address, start..<scan.tokens[last].end))
            if let zip = zipRange(after: last, in: scan) {
                matches.append(PHIMatch(.zip, zip))
            }
        }
    }

    /// The start offset and last token of "number street-words suffix", "number Route 9" or "PO Box 12".
    private func street(at index: Int, in scan: PHITextScan) -> (start: Int, last: Int)? {
        let token = scan.tokens[index]
        if scan.spells(index, "box"), scan[index + 1]?.isNumber == true, let start = poStart(before: index, in: scan) {
            return (start, index + 1)
        }
        guard token.isNumber, token.digitCount <= 6,
              scan.byte(at: token.start - 1).map({ !$0.isASCIIAlphanumeric && !"./-#".utf8.contains($0) }) ?? true
        else { return nil }
        var next = index + 1
        if let letter = scan[next], scan.isAttached(next), letter.isUppercase, letter.length == 1 { next += 1 }
        if let road = scan[next], road.has(.numberedRoad), road.isCapitalised, scan[next + 1]?.isNumber == true {
            return (token.start, next + 1)
        }
        var words = 0
        while words < 4, let word = scan[next] {
            if words > 0, word.has(.streetSuffix), word.isCapitalised || word.isUppercase {
                return (token.start, abbreviationDotLast(after: next, in: scan))
            }
            guard let wordLast = streetWordLast(at: next, in: scan) else { return nil }
            words += 1
            next = wordLast + 1
        }
        return nil
    }

    /// One word of a street name: "Maple", "N", "N.", "5th".
    private func streetWordLast(at index: Int, in scan: PHITextScan) -> Int? {
        guard let token = scan[index] else { return nil }
        if token.isCapitalised { return index }
        if token.isUppercase, token.has(.directional) { return abbreviationDotLast(after: index, in: scan) }
        if token.isNumber, let suffix = scan[index + 1], suffix.has(.ordinalSuffix), scan.isAttached(index + 1) {
            return index + 1
        }
        return nil
    }

    /// Where "PO", "P.O." or "P. O." starts before "Box".
    private func poStart(before boxIndex: Int, in scan: PHITextScan) -> Int? {
        if scan.spells(boxIndex - 1, "po") { return scan.tokens[boxIndex - 1].start }
        let o = scan[boxIndex - 1]?.isSymbol(".") == true ? boxIndex - 2 : boxIndex - 1
        guard scan.spells(o, "o"), scan[o - 1]?.isSymbol(".") == true, scan.spells(o - 2, "p") else { return nil }
        return scan.tokens[o - 2].start
    }

    private func abbreviationDotLast(after index: Int, in scan: PHITextScan) -> Int {
        scan[index + 1]?.isSymbol(".") == true && scan.isAttached(index + 1) ? index + 1 : index
    }

    private func directionalLast(after index: Int, in scan: PHITextScan) -> Int {
        guard let token = scan[index + 1], token.isUppercase, token.has(.directional) else { return index }
        return abbreviationDotLast(after: index + 1, in: scan)
    }

    /// Extends over ", Apt. 2R", " Unit 12", " #4".
    private func unitLast(after index: Int, in scan: PHITextScan) -> Int {
        var next = scan[index + 1]?.isSymbol(",") == true ? index + 2 : index + 1
        guard let designator = scan[next],
              designator.has(.unitDesignator) && designator.isCapitalised || designator.isSymbol("#")
        else { return index }
        next = abbreviationDotLast(after: next, in: scan) + 1
        if scan[next]?.isSymbol("#") == true { next += 1 }
        guard let value = scan[next], value.isNumber || value.isUppercase, value.length <= 6 else { return index }
        let suffix = scan[next + 1]
        let hasSuffix = scan.isAttached(next + 1) && suffix.map { $0.isWord || $0.isNumber } == true
        return hasSuffix ? next + 1 : next
    }

    /// Extends over ", Springfield, IL" or ", Los Angeles CA" when a state abbreviation confirms it.
    private func cityStateLast(after index: Int, in scan: PHITextScan) -> Int? {
        guard scan[index + 1]?.isSymbol(",") == true else { return nil }
        var next = index + 2
        var words = 0
        while words < 3, let word = scan[next], word.isCapitalised { words += 1; next += 1 }
        if scan[next]?.isSymbol(",") == true { next += 1 }
        guard words > 0, let state = scan[next], state.isUppercase, state.has(.state) else { return nil }
        return next
    }

    private func zipRange(after index: Int, in scan: PHITextScan) -> Range<Int>? {
        let next = scan[index + 1]?.isSymbol(",") == true ? index + 2 : index + 1
        guard let zip = scan[next], zip.isNumber, zip.digitCount == 5 else { return nil }
        if scan[next + 1]?.isSymbol("-") == true, let plusFour = scan[next + 2], plusFour.digitCount == 4,
           scan.isAttached(next + 1), scan.isAttached(next + 2) {
            return zip.start..<plusFour.end
        }
        return scan.byte(at: zip.end).map({ !$0.isASCIIAlphanumeric }) ?? true ? zip.start..<zip.end : nil
    }
}
