/// Towns and cities named on their own, when GeoNames knows them (`PHIReferenceLexicon`) and they
/// are not ordinary words or hospital vocabulary: after a cue ("patient from Tuscaloosa", "lives in
/// Kalamazoo", "moved to Baton Rouge", "near St. Petersburg") or before their state ("Tuscaloosa,
/// AL", "Tuscaloosa, Alabama"). "In Cardiology", "in Mobile" (a common word) and "switched from
/// Norco" (a drug, after a change of treatment) stay. Written in lowercase, a town counts only after
/// a cue that is sure of a place ("lives in tuscaloosa", "from kalamazoo").
struct PHIPlaceDetector: PHIDetector {
    /// The most words a place name spans ("Rancho Santa Margarita").
    private static let longestPlace = 4

    func detect(in scan: PHITextScan, into matches: inout [PHIMatch]) {
        var index = 0
        while index < scan.tokens.count {
            guard let (start, last) = place(at: index, in: scan) else {
                index += 1
                continue
            }
            let end = stateLast(after: last, in: scan) ?? last
            matches.append(PHIMatch(.address, scan.tokens[start].start..<scan.tokens[end].end, .contextual))
            index = end + 1
        }
    }

    /// A place after the cue at `index`, or one starting at `index` that its state confirms.
    private func place(at index: Int, in scan: PHITextScan) -> (start: Int, last: Int)? {
        guard scan.tokens[index].isWord else { return nil }
        if isCue(index, in: scan),
           let last = placeLast(from: index + 1, allowingLowercase: isSure(index, in: scan), in: scan) {
            return (index + 1, last)
        }
        guard isCapitalisedOrUppercase(scan.tokens[index]),
              (index..<index + Self.longestPlace).contains(where: { stateLast(after: $0, in: scan) != nil }),
              !(scan[index - 1].map(isCapitalisedOrUppercase) ?? false),
              let last = placeLast(from: index, allowingLowercase: false, in: scan), stateLast(after: last, in: scan) != nil
        else { return nil }
        return (index, last)
    }

    /// "in", "from", "near", "to" after a move ("moved to", "retired back to") and "of" after a
    /// resident or native; not "from" after a change of treatment ("switched from Norco to Tylenol").
    private func isCue(_ index: Int, in scan: PHITextScan) -> Bool {
        guard let cue = scan[index], cue.isWord else { return false }
        if cue.length == 2, scan.spells(index, "to") { return movedBefore(index, in: scan) }
        if cue.length == 2, scan.spells(index, "of") { return scan.spells(index - 1, "resident", "native", "citizen") }
        return cue.has(.placeCue) && !(scan.spells(index, "from") && scan[index - 1]?.has(.changeVerb) == true)
    }

    /// A cue that leaves no doubt a place follows: "from", a move, or a verb of living somewhere.
    private func isSure(_ index: Int, in scan: PHITextScan) -> Bool {
        scan.spells(index, "from", "to") || scan[index - 1]?.has(.residenceVerb) == true || movedBefore(index, in: scan)
    }

    private func movedBefore(_ index: Int, in scan: PHITextScan) -> Bool {
        let verb = scan.spells(index - 1, "back", "out", "down", "up", "over") ? index - 2 : index - 1
        return scan[verb]?.has(.movementVerb) == true
    }

    /// The last token of the longest known place starting at `start`, its words all written alike,
    /// unless a capitalised word of the vocabulary carries on an institution's name ("near Bronson
    /// Hospital", "from Boston Children's").
    private func placeLast(from start: Int, allowingLowercase: Bool, in scan: PHITextScan) -> Int? {
        guard let last = knownPlaceLast(from: start, allowingLowercase: allowingLowercase, in: scan) else { return nil }
        let next = scan[last + 1]
        return next.map { $0.isCapitalised && $0.has(.stopword) } == true ? nil : last
    }

    private func knownPlaceLast(from start: Int, allowingLowercase: Bool, in scan: PHITextScan) -> Int? {
        guard let first = scan[start], let letterCase = PHILetterCase(of: first), !first.has(.title), !first.has(.month),
              allowingLowercase || letterCase != .lowercase else { return nil }
        var words = [start]
        var index = start + 1
        while words.count < Self.longestPlace {
            if scan[index]?.isSymbol(".") == true, scan.isAttached(index) { index += 1 }
            guard let next = scan[index], PHILetterCase(of: next) == letterCase else { break }
            words.append(index)
            index += 1
        }
        for count in stride(from: words.count, to: 1, by: -1) {
            if PHIReferenceLexicon.flags(forLowercase: key(words.prefix(count), in: scan)).contains(.place) {
                return words[count - 1]
            }
        }
        let reference = first.info.reference
        guard reference.contains(.place), !reference.contains(.commonWord), !first.has(.stopword),
              first.length >= (letterCase == .capitalised ? 3 : 4) else { return nil }
        return start
    }

    /// The words joined by single spaces, in lowercase, as the lexicon keys places.
    private func key(_ words: ArraySlice<Int>, in scan: PHITextScan) -> [UInt8] {
        var key: [UInt8] = []
        for index in words {
            if !key.isEmpty { key.append(UInt8(ascii: " ")) }
            let bytes = scan.bytes[scan.tokens[index].start..<scan.tokens[index].end]
            if scan.isASCII {
                key += bytes.lazy.map(\.asciiLowercased)
            } else {
                key += String(decoding: bytes, as: UTF8.self).lowercased().utf8
            }
        }
        return key
    }

    /// The last token of ", AL" or ", Alabama" after a place.
    private func stateLast(after index: Int, in scan: PHITextScan) -> Int? {
        guard scan[index + 1]?.isSymbol(",") == true, let state = scan[index + 2] else { return nil }
        let isState = state.isUppercase && state.has(.state) || state.has(.stateName) && isCapitalisedOrUppercase(state)
        return isState ? index + 2 : nil
    }

    private func isCapitalisedOrUppercase(_ token: PHIToken) -> Bool {
        token.isWord && (token.isCapitalised || token.isUppercase)
    }
}
