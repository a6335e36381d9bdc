/// One labelled set of sentences: `annotated` mark each identifier inline as `{KIND:raw}` (see
/// `AnnotatedSentence`); `clean` carry none and must come back from the guard byte-identical.
public struct PHICorpusSet: Sendable {
    public let name: String
    public let annotated: [String]
    public let clean: [String]

    public init(name: String, annotated: [String], clean: [String]) {
        self.name = name
        self.annotated = annotated
        self.clean = clean
    }

    /// Every sentence as the guard sees it, annotations removed.
    public func texts() throws(AnnotatedSentence.ParseError) -> [String] {
        var texts: [String] = []
        for line in annotated { texts.append(try AnnotatedSentence(parsing: line).text) }
        return texts + clean
    }
}
