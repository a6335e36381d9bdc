/// Person names, recognised by context since no list of names can be complete:
/// after a title ("Mrs. Chen") or cue word ("pt Maria Delgado", "daughter Keiko", "Pt Delgado, Maria"),
/// before "DOB"/"MRN" ("Kwame Asante DOB …"), as a possessive ("Ferreira's"), or as two or three
/// capitalised words in a row that are not known vocabulary ("Marguerite Dubois"; but not from a verb
/// opening a sentence, as in "Titrated Lasix"), or a common given name on its own ("met with Alice").
/// Titles stay outside the placeholder: "Mrs. [NAME]".
struct PHINameDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated() where token.isWord {
            var range: Range<Int>?
            if token.has(.title), token.isCapitalised {
                range = phrase(from: index + (scan[index + 1]?.isSymbol(".") == true ? 2 : 1), in: scan)
            } else if token.has(.nameCue) {
                range = phrase(from: afterCueFiller(index + 1, in: scan), in: scan, allowInverted: true)
            } else if token.has(.nameCueAfter), token.isUppercase {
                let last = scan[index - 1].map { $0.isSymbol(",") || $0.isSymbol("(") } == true ? index - 2 : index - 1
                range = phrase(endingAt: last, in: scan, allowSingleAtSentenceStart: false)
            } else if isNameWord(token), token.isPossessive, scan[index + 1]?.has(.eponymFollower) != true {
                range = phrase(endingAt: index, in: scan, allowSingleAtSentenceStart: true)
            } else if isNameWord(token), !(scan[index - 1].map(isNameWord) ?? false),
                      token.has(.givenName) || (scan[index + 1].map(isNameWord) == true
                        && !(token.has(.verbForm) && scan.isSentenceStart(index))) {
                range = phrase(from: index, in: scan)
            }
            if let range { matches.append(PHIMatch(.name, range, .contextual)) }
        }
    }

    private func isNameWord(_ token: PHIToken) -> Bool {
        token.isWord && token.isCapitalised && !token.has(.stopword)
    }

    /// Skips ":", ",", "(", "is", "was" between a cue and its name ("Patient name: …", "son, Devon").
    private func afterCueFiller(_ index: Int, in scan: PHITextScan) -> Int {
        var index = index
        while let token = scan[index], token.kind == .symbol && ":,.(-—".unicodeScalars.contains(token.symbol)
                || scan.spells(index, "is", "was") {
            index += 1
        }
        return index
    }

    /// Up to three name words (with initials and particles) starting at `start`; with
    /// `allowInverted`, also "Lastname, Firstname".
    private func phrase(from start: Int, in scan: PHITextScan, allowInverted: Bool = false) -> Range<Int>? {
        var index = start
        var words = 0
        var last: PHIToken?
        while words < 3, let token = scan[index] {
            if isNameWord(token) {
                words += 1
                last = token
                index += 1
                if token.isPossessive { break }
            } else if let initialEnd = initialEnd(at: index, in: scan) {
                index = initialEnd
            } else if words > 0, token.has(.nameParticle), !token.isCapitalised,
                      let next = scan[index + 1], isNameWord(next) {
                index += 1
            } else {
                break
            }
        }
        guard let first = scan[start], var last else { return nil }
        if let suffix = scan[index], suffix.has(.nameSuffix), suffix.isCapitalised || suffix.isUppercase {
            last = suffix
        } else if allowInverted, words == 1, !last.isPossessive, scan[index]?.isSymbol(",") == true,
                  let given = scan[index + 1], isNameWord(given) {
            last = given
        }
        return first.start..<last.stemEnd
    }

    /// A middle initial ("Q." or "Q") followed by a name word.
    private func initialEnd(at index: Int, in scan: PHITextScan) -> Int? {
        guard let token = scan[index], token.isWord, token.isUppercase, token.length == 1 else { return nil }
        let next = scan[index + 1]?.isSymbol(".") == true ? index + 2 : index + 1
        return scan[next].map(isNameWord) == true ? next : nil
    }

    /// Up to three name words ending at `last`, extended to "Lastname, Firstname" when a comma and
    /// another name word precede them.
    private func phrase(endingAt last: Int, in scan: PHITextScan, allowSingleAtSentenceStart: Bool) -> Range<Int>? {
        guard let lastToken = scan[last], isNameWord(lastToken) else { return nil }
        var first = last
        while last - first < 2, let previous = scan[first - 1], isNameWord(previous), !previous.isPossessive {
            first -= 1
        }
        if scan[first - 1]?.isSymbol(",") == true, let surname = scan[first - 2], isNameWord(surname) {
            first -= 2
        }
        guard first < last || allowSingleAtSentenceStart || !scan.isSentenceStart(first) else { return nil }
        return scan.tokens[first].start..<lastToken.stemEnd
    }
}
