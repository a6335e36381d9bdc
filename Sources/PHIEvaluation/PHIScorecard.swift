import PilotKit

/// How well the guard did on a labelled corpus, against the rollout's acceptance targets.
public struct PHIScorecard: Sendable {
    public struct KindScore: Sendable {
        public let kind: PHIKind
        public let annotated: Int
        public let found: Int
        public var recall: Double { annotated == 0 ? 1 : Double(found) / Double(annotated) }
        public var target: Double { PHIScorecard.recallTarget(for: kind) }
        public var passes: Bool { recall >= target }
    }

    /// The identifiers of one case of a set written case by case, found or not, whatever their kind.
    public struct CaseScore: Sendable {
        public let name: String
        public let annotated: Int
        public let found: Int
        public var recall: Double { annotated == 0 ? 1 : Double(found) / Double(annotated) }
        public var passes: Bool { recall >= PHIScorecard.caseRecallTarget }
    }

    /// An annotated identifier the guard left (partly) readable or labelled with the wrong kind.
    public struct Miss: Sendable {
        public let sentence: String
        public let span: AnnotatedSentence.Span
        public let redacted: String
    }

    public static let cleanAlteredTarget = 0.04
    /// Issue #17's bar for identifiers written without a cue, case by case.
    public static let caseRecallTarget = 0.95

    /// Names and addresses have no fixed format, so their bar is lower than for structured kinds.
    public static func recallTarget(for kind: PHIKind) -> Double {
        [.name, .address].contains(kind) ? 0.85 : 0.97
    }

    public let kinds: [KindScore]
    public let misses: [Miss]
    /// Redactions that overlap no annotated identifier, in either sentence set.
    public let falsePositives: Int
    public let annotatedTotal: Int
    /// Annotated sentences in which the guard also replaced words that are not identifiers: the
    /// same harm as altering a clean sentence, held to the same bar.
    public let overRedacted: [String]
    public let cleanTotal: Int
    /// Clean sentences that did not come back byte-identical.
    public let cleanAltered: [String]
    /// Recall per case, for a set written case by case.
    public internal(set) var cases: [CaseScore] = []

    public var cleanAlteredShare: Double { cleanTotal == 0 ? 0 : Double(cleanAltered.count) / Double(cleanTotal) }
    public var overRedactedShare: Double { annotatedTotal == 0 ? 0 : Double(overRedacted.count) / Double(annotatedTotal) }

    public var passes: Bool {
        kinds.allSatisfy(\.passes) && cases.allSatisfy(\.passes) && cleanAlteredShare <= Self.cleanAlteredTarget
            && overRedactedShare <= Self.cleanAlteredTarget
    }
}
