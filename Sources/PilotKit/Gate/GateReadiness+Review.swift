extension GateReadiness {
    /// The criterion a pilot in general use is judged on, and the prefix of its metrics' drift.
    static let reviewName = "review"
    static let driftPrefix = "drift "

    /// No gate ahead of a pilot in general use: it answers to its review instead.
    public var isInGeneralUse: Bool { to == nil && from == .general }

    /// A pilot in general use past its review (`ReviewDue`).
    public var reviewOverdue: Bool { unmet.contains { $0.name == Self.reviewName } }

    /// Its review as a sentence; nil for a pilot not in general use.
    public var review: String? { criteria.first { $0.name == Self.reviewName }?.detail }

    /// The metrics that drifted worse than what its go into general use accepted.
    public var driftedWorse: [String] {
        unmet.filter { $0.name.hasPrefix(Self.driftPrefix) }.map { String($0.name.dropFirst(Self.driftPrefix.count)) }
    }
}
