extension Playbook {
    /// What of this playbook decides how running pilots are judged and by whom, by the playbook
    /// field that holds it: each metric (its target, margin, safeguard, kind), the minimum
    /// samples, the risk threshold, the stages (caps, domains, gates), the review days and the
    /// deciders. A change to any of them changes running pilots' gates, so only the deciders may
    /// make one. Titles, texts, the action plan and starter risks are not among them.
    public func thresholdChanges(to other: Playbook) -> [String] {
        let keys = (metrics.map(\.key) + other.metrics.map(\.key)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var changed = keys.filter { metric($0) != other.metric($0) }.map { "metric \($0)" }
        if minSamples != other.minSamples { changed.append("min_samples") }
        if riskThreshold != other.riskThreshold { changed.append("risk_threshold") }
        if stages != other.stages { changed.append("stages") }
        if reviewDays != other.reviewDays { changed.append("review_days") }
        if decidedBy != other.decidedBy { changed.append("decided_by") }
        return changed
    }
}
