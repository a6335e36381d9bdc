/// How a word is written: "Delgado", "DELGADO" or "delgado". Names, towns and streets keep one
/// letter case across their words, and what a word in it can be depends on it (see
/// `PHILetterCase+Names.swift`).
enum PHILetterCase {
    case capitalised, uppercase, lowercase

    /// How `token` is written, or nil for numbers and symbols.
    init?(of token: PHIToken) {
        guard token.isWord else { return nil }
        self = token.isCapitalised ? .capitalised : token.isUppercase ? .uppercase : .lowercase
    }
}
