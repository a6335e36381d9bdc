/// What a word of a name can be in each letter case. Capitals are evidence of a name by
/// themselves: any capitalised word outside the vocabulary may be one ("Marguerite Dubois"). In ALL
/// CAPS or all lowercase they are not (acronyms are uppercase, ordinary words lowercase), so a word
/// must be a listed surname or given name (`PHIReferenceLexicon`) that is not also a common English
/// word: "HOWARD PEMBERTON" and "maria delgado" are names, "PAGE" and "rice" are not.
extension PHILetterCase {
    /// Whether `token` can be a word of a name written this way. `isExpected`, where a title or a
    /// name just before already says a name comes, also admits names rarely carried, vocabulary
    /// that is a name in origin and words no list knows ("Mrs. Wilson", "OKAFOR, CHINEDU", "mr okonjo").
    func admits(_ token: PHIToken, isExpected: Bool = false) -> Bool {
        guard PHILetterCase(of: token) == self else { return false }
        if self == .capitalised {
            return !token.has(.stopword) || (isExpected && token.has(.nameLike))
        }
        return token.isListedName(evenIfRare: isExpected) || isExpected && token.isUnknownWord
    }

    /// Whether `token` can follow a given name: besides what `admits`, a surname many people carry
    /// written this way, common word or not ("kelly smith", "HOWARD BAKER").
    func admitsAfterName(_ token: PHIToken) -> Bool {
        let reference = token.info.reference
        return admits(token, isExpected: true)
            || self != .capitalised && PHILetterCase(of: token) == self && reference.contains(.surname)
                && !reference.contains(.rareName) && !token.has(.stopword) && !token.has(.connector) && token.length >= 3
    }
}

extension PHIToken {
    /// A surname or given name of the reference lists that is not vocabulary or a common English
    /// word (the curated given names count even so: "maria"), of at least three letters ("PO", "GI"
    /// are listed), and carried by many people unless `evenIfRare`.
    func isListedName(evenIfRare: Bool = false) -> Bool {
        let reference = info.reference
        return isWord && reference.isName && !has(.stopword) && length >= 3
            && (!reference.contains(.commonWord) || has(.givenName))
            && (evenIfRare || !reference.contains(.rareName))
    }

    /// A word of five letters or more that is no listed name, place or English word, nor vocabulary
    /// or a verb form: after a title, a name no list has ("lindqvist"); "appt" is too short to tell.
    var isUnknownWord: Bool {
        isWord && info.reference.isEmpty && !has(.stopword) && !has(.verbForm) && length >= 5
    }

    /// A listed given name, or one of the curated ones.
    var isListedGivenName: Bool { has(.givenName) || info.reference.contains(.givenName) }
}
