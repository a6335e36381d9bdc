/// Person names, recognised by context since no list of names can be complete, in capitals, ALL
/// CAPS or lowercase (see `PHILetterCase`): after a title ("Mrs. Chen", "mrs delgado") or cue word
/// ("pt Maria Delgado", "daughter keiko", "PT: DELGADO, MARIA"), after a verb that takes a person
/// or a document written for one ("spoke with nguyen", "NOTE FOR KOWALCZYK"), before "DOB"/"MRN"
/// ("Kwame Asante DOB …"), as a possessive ("Ferreira's"), as two or three name words in a row
/// ("Marguerite Dubois", "HOWARD PEMBERTON", "tamika jefferson"; but not from a verb opening a
/// sentence, as in "Titrated Lasix"), or as one listed name on its own ("met with Alice", "the
/// draft for Kowalczyk", "printed GUTIERREZ") where nothing marks it as an eponym or a drug
/// ("Braden 14", "Phalen positive"). Titles stay outside the placeholder: "Mrs. [NAME]".
struct PHINameDetector: PHIDetector {
    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        for (index, token) in scan.tokens.enumerated() where token.isWord {
            var range: Range<Int>?
            if token.has(.title), let (start, letterCase) = titled(index, in: scan) {
                let isExpected = letterCase == .capitalised || !scan.spells(index, "ms")
                range = phrase(from: start, letterCase, in: scan, isExpected: isExpected)
            } else if token.has(.nameCue) {
                let isPatient = scan.spells(index, "pt", "pts", "patient", "patients")
                range = cuedPhrase(from: afterCueFiller(index + 1, in: scan), shortOnesAreFindings: isPatient, in: scan)
            } else if token.has(.personVerb) || scan[index - 1]?.has(.documentNoun) == true && scan.spells(index, "for", "to") {
                range = cuedPhrase(from: scan.spells(index + 1, "with", "to") ? index + 2 : index + 1,
                                   shortOnesAreFindings: true, in: scan)
            } else if token.has(.nameCueAfter), token.isUppercase {
                let last = scan[index - 1].map { $0.isSymbol(",") || $0.isSymbol("(") } == true ? index - 2 : index - 1
                range = phrase(endingAt: last, in: scan, allowSingleAtSentenceStart: false)
            } else if isNameWord(token), token.isPossessive, scan[index + 1]?.has(.eponymFollower) != true {
                range = phrase(endingAt: index, in: scan, allowSingleAtSentenceStart: true)
            } else if let letterCase = PHILetterCase(of: token), letterCase.admits(token),
                      !(scan[index - 1].map { letterCase.admits($0) } ?? false) {
                range = uncuedPhrase(from: index, letterCase, in: scan)
            }
            if let range { matches.append(PHIMatch(.name, range, .contextual)) }
        }
    }

    private func isNameWord(_ token: PHIToken) -> Bool {
        PHILetterCase.capitalised.admits(token)
    }

    /// Where the name after title `index` starts and how it is written. A capitalised title takes a
    /// name in capitals or ALL CAPS; an uppercase one, ALL CAPS only ("MS Ocrevus" is a disease and
    /// its drug); a lowercase one, any ("mrs delgado", "dr Okafor"). Lowercase or uppercase "ms"
    /// may be the disease, so it is followed by listed names only ("ms ocrevus" stays).
    private func titled(_ index: Int, in scan: PHITextScan) -> (start: Int, letterCase: PHILetterCase)? {
        let title = scan.tokens[index]
        let start = index + (scan[index + 1]?.isSymbol(".") == true ? 2 : 1)
        guard let name = scan[start], let letterCase = PHILetterCase(of: name),
              let titleLetterCase = PHILetterCase(of: title) else { return nil }
        switch (titleLetterCase, letterCase) {
        case (.lowercase, _), (.capitalised, .capitalised), (.capitalised, .uppercase), (.uppercase, .uppercase):
            return (start, letterCase)
        default:
            return nil
        }
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

    /// The name after a cue word. In ALL CAPS or lowercase, a name of one word must not be followed
    /// by what makes a finding of it ("pt ana positive"), nor, where `shortOnesAreFindings` (after
    /// "pt" or a verb, not after "wife"), have fewer than four letters: "pt ast 80", but "husband jim".
    private func cuedPhrase(from start: Int, shortOnesAreFindings: Bool, in scan: PHITextScan) -> Range<Int>? {
        guard let first = scan[start], let letterCase = PHILetterCase(of: first),
              let range = phrase(from: start, letterCase, in: scan, allowInverted: true) else { return nil }
        let isOneWord = range.upperBound == first.stemEnd
        guard letterCase == .capitalised || !isOneWord
            || (first.length >= 4 || !shortOnesAreFindings) && !isEponymFollower(at: start + 1, in: scan)
        else { return nil }
        return range
    }

    /// A name that no cue announces: two or three name words in a row, at least one of them a
    /// given name when they are not capitalised ("HOWARD PEMBERTON"), and not an eponym's ("Ramsay
    /// Hunt syndrome"); "Surname, Given" of listed names, the given one no common word ("Smith,
    /// John", "DELGADO, MARIA"; not "Chase, Baker"); or one name word that stands alone (`isLoneName`).
    private func uncuedPhrase(from index: Int, _ letterCase: PHILetterCase, in scan: PHITextScan) -> Range<Int>? {
        let token = scan.tokens[index]
        let nextAdmitted = scan[index + 1].map {
            letterCase.admits($0) || (letterCase != .capitalised || token.isListedGivenName) && letterCase.admitsAfterName($0)
        } ?? false
        if nextAdmitted, let next = scan[index + 1] {
            guard letterCase == .capitalised
                ? !(token.has(.verbForm) && scan.isSentenceStart(index))
                : token.isListedGivenName || next.isListedGivenName,
                let range = phrase(from: index, letterCase, in: scan),
                scan.tokens.first(where: { $0.start >= range.upperBound })?.has(.eponymFollower) != true
            else { return nil }
            return range
        }
        if letterCase == .capitalised, token.has(.givenName) { return phrase(from: index, letterCase, in: scan) }
        if scan[index + 1]?.isSymbol(",") == true, let given = scan[index + 2], given.isListedGivenName,
           letterCase.admits(given, isExpected: true), given.has(.givenName) || !given.info.reference.contains(.commonWord),
           letterCase != .capitalised || token.info.reference.contains(.surname) && !token.isPossessive {
            return token.start..<given.stemEnd
        }
        return isLoneName(index, letterCase, in: scan) ? token.start..<token.stemEnd : nil
    }

    /// One name word on its own, besides the curated given names ("met with Alice"): a listed name
    /// in capitals or, among mixed-case words, in ALL CAPS ("for Kowalczyk", "wrote KOWALSKI"),
    /// unless what follows makes it an eponym, a drug or part of a capitalised heading ("Braden 14",
    /// "Killip II", "Phalen positive", "Morse Fall Scale"), or it is a state or country where one goes
    /// ("moved to Georgia"). At the start of a sentence, where every word is capitalised, only a
    /// name many people carry, followed by a lowercase word.
    private func isLoneName(_ index: Int, _ letterCase: PHILetterCase, in scan: PHITextScan) -> Bool {
        let token = scan.tokens[index]
        let isRegionAfterCue = token.info.reference.contains(.region)
            && (scan[index - 1]?.has(.placeCue) == true || scan.spells(index - 1, "to"))
        guard letterCase != .lowercase, token.isListedName(evenIfRare: letterCase == .capitalised), !isRegionAfterCue,
              !token.isPossessive, !isEponym(index, in: scan) else { return false }
        if letterCase == .uppercase {
            let inCapitals = [index - 1, index + 1].contains { scan[$0].map { $0.isWord && $0.isUppercase } ?? false }
            return token.length >= 4 && !inCapitals
        }
        guard scan.isSentenceStart(index) else { return true }
        return token.isListedName() && scan[index + 1].map { $0.isWord && PHILetterCase(of: $0) == .lowercase } == true
    }

    /// A listed name used as an eponym or in an institution's name: followed by what makes one of
    /// it (`isEponymFollower`), joined to another that is ("Phalen and Tinel positive", "Hunt/Hess
    /// 2"), after a finding ("positive Murphy", "+Homans"), or after a capitalised word of the
    /// vocabulary within a sentence ("Kaiser Oakland", "Cleveland Clinic" the other way round).
    private func isEponym(_ index: Int, in scan: PHITextScan) -> Bool {
        if isEponymFollower(at: index + 1, in: scan) { return true }
        let joined = scan.spells(index + 1, "and", "or") || scan[index + 1]?.isSymbol("/") == true
        if joined, scan[index + 2]?.isCapitalised == true, isEponymFollower(at: index + 3, in: scan) { return true }
        guard let previous = scan[index - 1] else { return false }
        return previous.has(.eponymFollower) || previous.isSymbol("+") && scan.isAttached(index)
            || previous.isCapitalised && previous.has(.stopword) && !scan.isSentenceStart(index - 1)
    }

    /// What turns a surname into an eponym or a drug into a dose: a number or grade ("Braden 14",
    /// "Child-Pugh B", "Killip II"), a finding ("Phalen positive", "Baker cyst"), or a capitalised
    /// word that carries on a heading ("Morse Fall Scale").
    private func isEponymFollower(at index: Int, in scan: PHITextScan) -> Bool {
        guard let next = scan[index] else { return false }
        if next.isNumber || next.has(.eponymFollower) || next.isCapitalised { return true }
        return next.isWord && next.isUppercase && (next.length == 1 || scan.spells(index, "ii", "iii", "iv", "vi"))
    }

    /// Up to three name words (with initials and particles) starting at `start`; with
    /// `allowInverted`, also "Lastname, Firstname".
    private func phrase(from start: Int, _ letterCase: PHILetterCase, in scan: PHITextScan,
                        isExpected: Bool = false, allowInverted: Bool = false) -> Range<Int>? {
        var index = start
        var words = 0
        var last: PHIToken?
        while words < 3, let token = scan[index] {
            let afterGivenName = last?.isListedGivenName == true
            if afterGivenName ? letterCase.admitsAfterName(token) : letterCase.admits(token, isExpected: isExpected && words == 0) {
                words += 1
                last = token
                index += 1
                if token.isPossessive { break }
            } else if let initialEnd = initialEnd(at: index, letterCase, in: scan) {
                index = initialEnd
            } else if words > 0, token.has(.nameParticle), !token.isCapitalised,
                      let next = scan[index + 1], letterCase.admits(next) {
                index += 1
            } else {
                break
            }
        }
        guard let first = scan[start], var last else { return nil }
        if let suffix = scan[index], suffix.has(.nameSuffix), suffix.isCapitalised || suffix.isUppercase {
            last = suffix
        } else if allowInverted, words == 1, !last.isPossessive, scan[index]?.isSymbol(",") == true,
                  let given = scan[index + 1], letterCase.admits(given, isExpected: true) {
            last = given
        }
        return first.start..<last.stemEnd
    }

    /// A middle initial ("Q." or "Q") followed by a name word.
    private func initialEnd(at index: Int, _ letterCase: PHILetterCase, in scan: PHITextScan) -> Int? {
        guard letterCase != .lowercase, let token = scan[index], token.isWord, token.isUppercase, token.length == 1 else {
            return nil
        }
        let next = scan[index + 1]?.isSymbol(".") == true ? index + 2 : index + 1
        return scan[next].map { letterCase.admits($0) } == true ? next : nil
    }

    /// Up to three name words ending at `last`, extended to "Lastname, Firstname" when a comma and
    /// another name word precede them.
    private func phrase(endingAt last: Int, in scan: PHITextScan, allowSingleAtSentenceStart: Bool) -> Range<Int>? {
        guard let lastToken = scan[last], let letterCase = PHILetterCase(of: lastToken), letterCase != .lowercase,
              letterCase.admits(lastToken) else { return nil }
        var first = last
        while last - first < 2, let previous = scan[first - 1], letterCase.admits(previous), !previous.isPossessive {
            first -= 1
        }
        if scan[first - 1]?.isSymbol(",") == true, let surname = scan[first - 2], letterCase.admits(surname) {
            first -= 2
        }
        guard first < last || allowSingleAtSentenceStart || !scan.isSentenceStart(first) else { return nil }
        return scan.tokens[first].start..<lastToken.stemEnd
    }
}
