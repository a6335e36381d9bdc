/// One case of a corpus written case by case ("bare surnames", "towns"): its annotated sentences,
/// scored on their own so that a weak case is not hidden in a set's total.
public struct PHICorpusCase: Sendable {
    public let name: String
    public let annotated: [String]

    public init(_ name: String, _ annotated: [String]) {
        self.name = name
        self.annotated = annotated
    }
}
