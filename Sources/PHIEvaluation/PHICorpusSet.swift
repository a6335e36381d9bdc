import Foundation

/// One labelled set of sentences: `annotated` mark each identifier inline as `{KIND:raw}` (see
/// `AnnotatedSentence`); `clean` carry none and must come back from the guard byte-identical.
public struct PHICorpusSet: Sendable {
    public let name: String
    public let annotated: [String]
    public let clean: [String]
    /// The cases `annotated` was written in, in order; empty for sets written as one batch.
    public let cases: [PHICorpusCase]
    /// The day the sentences count as written: "born in 1931" implies an age over 89 only against
    /// a date, and a fixed one keeps the figures from drifting as the years pass.
    public let writtenOn: Date

    public init(name: String, annotated: [String], clean: [String], writtenOn: Date = PHICorpus.writtenOn) {
        self.name = name
        self.annotated = annotated
        self.clean = clean
        self.cases = []
        self.writtenOn = writtenOn
    }

    public init(name: String, cases: [PHICorpusCase], clean: [String], writtenOn: Date = PHICorpus.writtenOn) {
        self.name = name
        self.annotated = cases.flatMap(\.annotated)
        self.clean = clean
        self.cases = cases
        self.writtenOn = writtenOn
    }

    /// Every sentence as the guard sees it, annotations removed.
    public func texts() throws(AnnotatedSentence.ParseError) -> [String] {
        var texts: [String] = []
        for line in annotated { texts.append(try AnnotatedSentence(parsing: line).text) }
        return texts + clean
    }
}
