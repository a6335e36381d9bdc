/// Streets named without a house number, after a word that puts someone on them: "lives on
/// Riverside Drive", "near Elm Street", "off Old Mill Road", "walks along Ocean Boulevard", "at the
/// corner of Fifth Avenue and Pine Street". One to three words and a street suffix, written alike
/// (capitalised or ALL CAPS; lowercase only after a verb of living or moving there: "lives on
/// birchwood lane"). "On Lasix" has no suffix; "Dr" and "St" before a capitalised word are a
/// doctor and a saint ("near St. Jude").
struct PHIStreetNameDetector: PHIDetector {
    private static let longestName = 3

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        var lastStreetEnd = -1
        for (index, token) in scan.tokens.enumerated() where token.isWord && index > lastStreetEnd {
            let afterStreet = lastStreetEnd == index - 1 && scan.spells(index, "and")
            guard token.has(.streetCue) || isCornerCue(index, in: scan) || afterStreet,
                  let last = streetLast(from: index + 1, allowingLowercase: livesThere(before: index, in: scan), in: scan)
            else { continue }
            matches.append(PHIMatch(.address, scan.tokens[index + 1].start..<scan.tokens[last].end, .contextual))
            lastStreetEnd = last
        }
    }

    /// "corner of".
    private func isCornerCue(_ index: Int, in scan: PHITextScan) -> Bool {
        scan.tokens[index].length == 2 && scan.spells(index, "of") && scan.spells(index - 1, "corner")
    }

    /// A verb of living or moving just before the cue ("lives on", "moved from").
    private func livesThere(before index: Int, in scan: PHITextScan) -> Bool {
        scan[index - 1].map { $0.has(.residenceVerb) || $0.has(.movementVerb) } ?? false
    }

    /// The last token of "Name Suffix" starting at `start`: one to three name words and a suffix,
    /// all written like the first (a leading ordinal aside: "3rd Avenue").
    private func streetLast(from start: Int, allowingLowercase: Bool, in scan: PHITextScan) -> Int? {
        let firstWord = scan[start]?.isNumber == true && scan[start + 1]?.has(.ordinalSuffix) == true ? start + 2 : start
        guard let first = scan[firstWord], let letterCase = PHILetterCase(of: first),
              allowingLowercase || letterCase != .lowercase else { return nil }
        var index = start
        var words = 0
        while let token = scan[index] {
            if words > 0, token.has(.streetSuffix), PHILetterCase(of: token) == letterCase, !isTitleOrSaint(index, in: scan) {
                return index
            }
            guard words < Self.longestName, let wordLast = nameWordLast(at: index, letterCase, in: scan) else { return nil }
            words += 1
            index = wordLast + 1
        }
        return nil
    }

    /// One word of a street's name: a word written like the street ("Maple", "OLD", "birchwood")
    /// that is no title, month or function word, or an ordinal ("5th").
    private func nameWordLast(at index: Int, _ letterCase: PHILetterCase, in scan: PHITextScan) -> Int? {
        guard let token = scan[index] else { return nil }
        if token.isNumber, let suffix = scan[index + 1], suffix.has(.ordinalSuffix), scan.isAttached(index + 1) {
            return index + 1
        }
        guard PHILetterCase(of: token) == letterCase, !token.has(.title), !token.has(.month), !token.has(.nameCue),
              letterCase != .lowercase || !token.has(.stopword) else { return nil }
        return index
    }

    /// "Dr" or "St" followed by a capitalised word: "Dr. Okafor", "St. Jude".
    private func isTitleOrSaint(_ index: Int, in scan: PHITextScan) -> Bool {
        guard scan.spells(index, "dr", "st") else { return false }
        let next = scan[index + 1]?.isSymbol(".") == true ? index + 2 : index + 1
        return scan[next]?.isCapitalised == true
    }
}
