import Foundation

/// Judges a pilot's next gate. Pure: the same evidence always gives the same readiness.
public enum GateEvaluator {
    public static func evaluate(_ evidence: GateEvidence) -> GateReadiness {
        let pilot = evidence.pilot
        let blocking = evidence.incidents.filter { !$0.status.isResolved && $0.severity.pausesPilot }
        let blocked = pilot.status == .paused || !blocking.isEmpty
        guard let next = pilot.stage.next, pilot.status != .retired else {
            // No gate ahead; a pilot in general use is judged on whether its review is due. Its
            // metrics' drift from what its go into general use accepted is evidence for that review.
            let review = ReviewDue(evidence).map { [GateCriterion(name: GateReadiness.reviewName, status: $0.isOverdue ? .unmet : .met, detail: $0.sentence)] + drift(evidence) }
            return GateReadiness(pilot: pilot.key, from: pilot.stage, to: nil, criteria: review ?? [], blocked: blocked)
        }
        let gate = evidence.playbook.plan(for: next).gate
        var criteria: [GateCriterion] = [status(pilot)]
        criteria += gate.metrics.map { metric($0, evidence) }
        criteria += [
            vetting(evidence.tool), hosting(evidence.tool), contract(evidence.tool),
            accounts(evidence), scope(evidence, next: next), restricted(evidence, next: next),
            incidents(blocking), risks(evidence), actionPlan(evidence), signOffs(evidence, required: gate.signoffs),
        ]
        return GateReadiness(pilot: pilot.key, from: pilot.stage, to: next, criteria: criteria, blocked: blocked)
    }

    /// Each metric accepted with an interval at the go into general use, against today's value:
    /// unmet when it drifted beyond that interval the worse way, met inside it or beyond it the
    /// better way (said so), insufficient with nothing measured yet.
    static func drift(_ evidence: GateEvidence) -> [GateCriterion] {
        evidence.acceptedMetrics.compactMap { accepted in
            guard let sample = accepted.sample, let interval = sample.interval else { return nil }
            let key = accepted.definition.key
            let kind = accepted.definition.statisticalKind
            let basis = "accepted \(figure(sample, unit: accepted.definition.unit)) (\(EvidenceText.interval(interval, kind: kind)))"
            guard let now = evidence.metrics.first(where: { $0.definition.key == key })?.sample else {
                return GateCriterion(name: GateReadiness.driftPrefix + key, status: .insufficient, detail: "nothing measured in general use yet; \(basis)")
            }
            let lowerIsBetter = accepted.definition.direction == .lower
            let worse = lowerIsBetter ? now.value > interval.high : now.value < interval.low
            let better = lowerIsBetter ? now.value < interval.low : now.value > interval.high
            let note = worse ? ": drifted worse, beyond its interval" : better ? ": better than its interval" : ""
            return GateCriterion(
                name: GateReadiness.driftPrefix + key, status: worse ? .unmet : .met,
                detail: "\(figure(now, unit: accepted.definition.unit)) in general use, \(basis)\(note)")
        }
    }

    static func status(_ pilot: Pilot) -> GateCriterion {
        let detail = pilot.statusReason.isEmpty ? pilot.status.rawValue : "\(pilot.status.rawValue): \(pilot.statusReason)"
        let moving = pilot.status == .active || pilot.status == .rolledBack
        return GateCriterion(name: "pilot status", status: moving ? .met : .unmet, detail: detail)
    }

    /// A gate metric judged on its 95% interval (`TargetJudgement`): met, unmet, inconclusive with
    /// the samples that would decide it, or insufficient with why.
    static func metric(_ key: String, _ evidence: GateEvidence) -> GateCriterion {
        guard let summary = evidence.metrics.first(where: { $0.definition.key == key }) else {
            return GateCriterion(name: "metric \(key)", status: .insufficient, detail: "no measurements recorded")
        }
        let judgement = summary.judgement(minSamples: evidence.playbook.minSamples)
        return GateCriterion(name: "metric \(key)", status: CriterionStatus(judgement.status), detail: detail(summary, judgement))
    }

    /// The value with its interval (a zero-tolerance count: its exact bound), the target, the
    /// baseline and the difference's interval where the target is relative, n, and the verdict's reason.
    public static func detail(_ summary: MetricSummary, _ judgement: TargetJudgement) -> String {
        let d = summary.definition
        let kind = d.statisticalKind
        let zeroTolerance = !judgement.note.isEmpty && judgement.status != .insufficient
        var parts: [String] = []
        if zeroTolerance {
            parts.append(judgement.note)
        } else if let sample = summary.sample {
            let value = figure(sample, unit: d.unit)
            parts.append(sample.interval.map { "\(value) (\(EvidenceText.interval($0, kind: kind)))" } ?? value)
        } else {
            parts.append("no value")
        }
        parts.append("target \(d.target)")
        if d.target.needsBaseline {
            parts.append(summary.baselineSample.map { "baseline \(figure($0, unit: d.unit))" } ?? "no baseline")
            if let difference = judgement.difference, let threshold = judgement.threshold {
                parts.append("difference \(EvidenceText.difference(difference, kind: kind))")
                parts.append("needs \(d.direction == .lower ? "<=" : ">=") \(EvidenceText.number(threshold))")
            }
        }
        parts.append("n=\(summary.sample?.n ?? 0)")
        switch judgement.status {
        case .inconclusive: parts.append("inconclusive: \(EvidenceText.moreSamples(judgement, n: summary.sample?.n ?? 0))")
        case .insufficient: parts.append(judgement.note)
        case .met, .notMet: break
        }
        return parts.joined(separator: ", ")
    }

    /// A pooled value as the metric states it: "8.2 minutes", "3 of 141" for events.
    static func figure(_ sample: PooledSample, unit: String) -> String {
        sample.kind == .events ? "\(sample.events ?? 0) of \(sample.n)" : "\(format(sample.value)) \(unit)"
    }

    static func vetting(_ tool: Tool) -> GateCriterion {
        GateCriterion(
            name: "tool vetting", status: tool.vetting.isApproved ? .met : .unmet,
            detail: "\(tool.key) is \(tool.vetting.rawValue)")
    }

    static func hosting(_ tool: Tool) -> GateCriterion {
        GateCriterion(
            name: "tool hosting", status: tool.hosting == .publicConsumer ? .unmet : .met,
            detail: tool.hosting.title)
    }

    static func contract(_ tool: Tool) -> GateCriterion {
        guard tool.hosting.isVendorRun else {
            return GateCriterion(name: "tool contract", status: .waived, detail: "not vendor-run: no BAA or no-training clause needed")
        }
        let problems = tool.contractProblems.filter { $0 != "hosted on a public consumer service" }
        return GateCriterion(
            name: "tool contract", status: problems.isEmpty ? .met : .unmet,
            detail: problems.isEmpty ? "BAA signed, no-training clause, \(tool.retentionDays) days retention" : problems.joined(separator: "; "))
    }

    static func accounts(_ evidence: GateEvidence) -> GateCriterion {
        let bad = evidence.accounts.filter { account in
            account.kind != .organizationSSO || (try? evidence.accountPolicy.check(email: account.email)) == nil
        }
        if evidence.accounts.isEmpty {
            return GateCriterion(name: "organization accounts", status: .met, detail: "no participants enrolled yet")
        }
        return GateCriterion(
            name: "organization accounts", status: bad.isEmpty ? .met : .unmet,
            detail: bad.isEmpty
                ? "all \(evidence.accounts.count) participants use organization SSO accounts"
                : "not organization accounts: \(bad.prefix(5).map(\.login).joined(separator: ", "))\(bad.count > 5 ? " and \(bad.count - 5) more" : "")")
    }

    /// The domains the next stage adds, and that the current scope fits what it allows.
    static func scope(_ evidence: GateEvidence, next: Stage) -> GateCriterion {
        let allowed = evidence.playbook.plan(for: next).domains
        let outside = evidence.scope.filter { entry in
            !allowed.contains { $0.domainKey == entry.domainKey && entry.access <= $0.access }
        }
        let added = addedDomains(evidence, next: next).map { "\($0.domainKey) (\($0.access.rawValue))" }
        let addition = added.isEmpty ? "adds no domains" : "adds \(added.joined(separator: ", "))"
        if !outside.isEmpty {
            return GateCriterion(
                name: "data scope", status: .unmet,
                detail: "not allowed at \(next.rawValue): \(outside.map(\.domainKey).joined(separator: ", "))")
        }
        return GateCriterion(name: "data scope", status: .met, detail: "\(next.rawValue) \(addition)")
    }

    static func addedDomains(_ evidence: GateEvidence, next: Stage) -> [ScopeEntry] {
        let now = evidence.playbook.plan(for: evidence.pilot.stage).domains
        return evidence.playbook.plan(for: next).domains.filter { entry in
            !now.contains { $0.domainKey == entry.domainKey && entry.access <= $0.access }
        }
    }

    /// Restricted domains need an explicit privacy sign-off on top of the quorum (rule 3).
    static func restricted(_ evidence: GateEvidence, next: Stage) -> GateCriterion {
        let restricted = addedDomains(evidence, next: next).filter { entry in
            evidence.catalogue.first { $0.key == entry.domainKey }?.sensitivity == .restricted
        }
        guard !restricted.isEmpty else {
            return GateCriterion(name: "restricted domains", status: .waived, detail: "no restricted domain added")
        }
        let signed = evidence.signOffs.contains { $0.discipline == .privacy && $0.verdict == .approve }
        return GateCriterion(
            name: "restricted domains", status: signed ? .met : .unmet,
            detail: "\(restricted.map(\.domainKey).joined(separator: ", ")) \(signed ? "approved by privacy" : "needs a privacy sign-off")")
    }

    static func incidents(_ blocking: [Incident]) -> GateCriterion {
        GateCriterion(
            name: "open incidents", status: blocking.isEmpty ? .met : .unmet,
            detail: blocking.isEmpty
                ? "none open at high or critical severity"
                : blocking.map { "#\($0.id ?? 0) \($0.severity.rawValue) \($0.kind.rawValue) (\($0.status.rawValue))" }.joined(separator: ", "))
    }

    static func risks(_ evidence: GateEvidence) -> GateCriterion {
        let threshold = evidence.playbook.riskThreshold
        let unmitigated = evidence.risks.filter {
            $0.status.isOpen && $0.score > threshold && $0.mitigation.trimmingWhitespace().isEmpty
        }
        return GateCriterion(
            name: "risks", status: unmitigated.isEmpty ? .met : .unmet,
            detail: unmitigated.isEmpty
                ? "no open risk above \(threshold) without mitigation"
                : "unmitigated above \(threshold): \(unmitigated.map { "#\($0.id ?? 0) \($0.title) (\($0.score))" }.joined(separator: ", "))")
    }

    static func actionPlan(_ evidence: GateEvidence) -> GateCriterion {
        let steps = evidence.playbook.actionPlan.count
        let period = evidence.playbook.actionPlanReviewDays
        guard steps > 0 else { return GateCriterion(name: "action plan", status: .unmet, detail: "the playbook has no action plan") }
        guard let reviewed = evidence.pilot.actionPlanReviewedOn, let age = evidence.pilot.actionPlanAge(today: evidence.today) else {
            return GateCriterion(name: "action plan", status: .unmet, detail: "\(steps) steps, never reviewed; a lead records its review before the gate")
        }
        return GateCriterion(
            name: "action plan", status: age <= period ? .met : .unmet,
            detail: "\(steps) steps, reviewed \(reviewed) (\(age) days ago, every \(period) days)")
    }

    /// The disciplines whose sign-off the pilot's next gate still lacks, for the oversight queue.
    public static func missingSignOffs(_ evidence: GateEvidence) -> [Discipline] {
        guard let next = evidence.pilot.stage.next, evidence.pilot.status != .retired else { return [] }
        return quorum(evidence, required: evidence.playbook.plan(for: next).gate.signoffs).missing
    }

    /// Matches approvals to the required disciplines, each from a distinct reviewer.
    static func quorum(_ evidence: GateEvidence, required: [Discipline]) -> (missing: [Discipline], approvedBy: [String]) {
        var usedReviewers = Set<String>()
        var missing: [Discipline] = []
        var approvedBy: [String] = []
        for discipline in required {
            let approval = evidence.signOffs.first {
                $0.discipline == discipline && $0.verdict == .approve && !usedReviewers.contains($0.reviewerLogin)
            }
            if let approval {
                usedReviewers.insert(approval.reviewerLogin)
                approvedBy.append("\(discipline.rawValue): \(approval.reviewerLogin)")
            } else {
                missing.append(discipline)
            }
        }
        return (missing, approvedBy)
    }

    /// A quorum of disciplines, each from a distinct reviewer; dissent is shown, never hidden.
    static func signOffs(_ evidence: GateEvidence, required: [Discipline]) -> GateCriterion {
        let (missing, approvedBy) = quorum(evidence, required: required)
        let dissents = evidence.signOffs.filter { $0.verdict == .dissent }
            .map { "dissent by \($0.reviewerLogin) (\($0.discipline.rawValue))" }
        var detail: [String] = []
        if required.isEmpty { detail.append("no sign-offs required") }
        if !approvedBy.isEmpty { detail.append(approvedBy.joined(separator: ", ")) }
        if !missing.isEmpty { detail.append("missing \(missing.map(\.rawValue).joined(separator: ", "))") }
        detail += dissents
        return GateCriterion(
            name: "sign-offs", status: missing.isEmpty ? .met : .unmet, detail: detail.joined(separator: "; "))
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : String(format: "%.1f", value)
    }
}
