import Foundation
import Testing
@testable import PilotKit

@Suite("Reviews in general use")
struct ReviewDueTests {
    static let today = ReadyEvidence.today

    static func risk(_ likelihood: Int, _ impact: Int, _ status: RiskStatus = .open) -> Risk {
        var risk = Risk(id: 1, pilotID: 1, title: "A risk", category: .safety, likelihood: likelihood, impact: impact, mitigation: "", ownerLogin: "lee")
        risk.status = status
        return risk
    }

    @Test("the highest open risk score sets the tier: 15 and over high, 8 to 14 medium, else low; closed risks do not count")
    func tiers() {
        #expect(RiskTier(openRisks: []) == .low)
        #expect(RiskTier(openRisks: [Self.risk(1, 7)]) == .low)
        #expect(RiskTier(openRisks: [Self.risk(2, 4), Self.risk(1, 1)]) == .medium)
        #expect(RiskTier(openRisks: [Self.risk(2, 7), Self.risk(3, 5)]) == .high)
        #expect(RiskTier(openRisks: [Self.risk(5, 5, .closed), Self.risk(2, 2)]) == .low)
    }

    /// A pilot in general use since `days` ago (its last decision), with `risks`.
    static func evidence(lastDecision days: Int?, risks: [Risk], reviewDays: ReviewDays = .standard) -> GateEvidence {
        var evidence = ReadyEvidence.make()
        evidence.pilot.stage = .general
        evidence.playbook.reviewDays = reviewDays
        evidence.risks = risks
        evidence.lastDecision = days.map { today.adding(days: -$0) }
        return evidence
    }

    @Test("a high-risk pilot reviewed 31 days ago is overdue since the 30th day; a low one is not; a rising tier brings the review forward")
    func due() throws {
        let high = try #require(ReviewDue(Self.evidence(lastDecision: 31, risks: [Self.risk(4, 4)])))
        #expect(high.tier == .high && high.everyDays == 30 && high.due == Self.today.adding(days: -1) && high.isOverdue)
        #expect(high.sentence.hasPrefix("review overdue since \(Self.today.adding(days: -1)) (high risk: every 30 days"))
        let low = try #require(ReviewDue(Self.evidence(lastDecision: 31, risks: [])))
        #expect(low.tier == .low && !low.isOverdue && low.due == Self.today.adding(days: 149))
        let onTheDay = try #require(ReviewDue(Self.evidence(lastDecision: 30, risks: [Self.risk(5, 3)])))
        #expect(!onTheDay.isOverdue, "due today is not yet overdue")
    }

    @Test("the gate of a pilot in general use is its review: met while it is not due, unmet once overdue; other stages have none")
    func gate() {
        let overdue = GateEvaluator.evaluate(Self.evidence(lastDecision: 200, risks: []))
        #expect(overdue.to == nil && overdue.criteria.map(\.name) == ["review"] && overdue.unmet.count == 1)
        let fresh = GateEvaluator.evaluate(Self.evidence(lastDecision: 10, risks: []))
        #expect(fresh.criteria.map(\.status) == [.met])
        var retired = Self.evidence(lastDecision: 200, risks: [])
        retired.pilot.status = .retired
        #expect(GateEvaluator.evaluate(retired).criteria.isEmpty)
        #expect(ReviewDue(ReadyEvidence.make()) == nil)
    }

    @Test("review_days in a playbook: each tier it names, the standard days for the rest; a riskier tier waiting longer is refused naming the field")
    func playbook() throws {
        let standard = try SamplePlaybook.decode()
        #expect(standard.reviewDays == .standard)
        let edited = try SamplePlaybook.editing("decided_by: [leadership]", to: "decided_by: [leadership]\nreview_days:\n  high: 14\n  low: 365")
        #expect(try SamplePlaybook.decode(edited).reviewDays == ReviewDays(low: 365, medium: 90, high: 14))
        let backwards = try SamplePlaybook.editing("decided_by: [leadership]", to: "decided_by: [leadership]\nreview_days:\n  high: 120")
        #expect(throws: PlaybookError.self) { try SamplePlaybook.decode(backwards) }
        do {
            _ = try SamplePlaybook.decode(backwards)
        } catch let error as PlaybookError {
            #expect(String(describing: error).contains("a riskier pilot is reviewed sooner"), "\(error)")
        }
    }

    @Test("a playbook stored before review_days existed reads with the standard days")
    func storedBeforeReviews() throws {
        let encoded = try JSONEncoder().encode(try SamplePlaybook.decode())
        var object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        object["reviewDays"] = nil
        let old = try JSONSerialization.data(withJSONObject: object)
        #expect(try JSONDecoder().decode(Playbook.self, from: old).reviewDays == .standard)
    }

    @Test("drift: today's value beyond the interval its go into general use accepted, the worse way, is unmet; the better way is met and said so; nothing measured yet is insufficient")
    func drift() {
        let docTime = ReadyEvidence.playbook.metrics[0]
        let sus = ReadyEvidence.playbook.metrics[1]
        var evidence = Self.evidence(lastDecision: 10, risks: [])
        evidence.acceptedMetrics = [
            ReadyEvidence.measured(docTime, value: 10, sd: 1.5, n: 40), ReadyEvidence.measured(sus, value: 75, sd: 8, n: 30),
        ]
        func drift(docTime now: Double?, sus susNow: Double?) -> [GateCriterion] {
            var evidence = evidence
            evidence.metrics = [now.map { ReadyEvidence.measured(docTime, value: $0, sd: 1.5, n: 40) }, susNow.map { ReadyEvidence.measured(sus, value: $0, sd: 8, n: 30) }]
                .compactMap { $0 }
            return Array(GateEvaluator.evaluate(evidence).criteria.dropFirst())
        }
        let worse = drift(docTime: 11, sus: 70)
        #expect(worse.map(\.name) == ["drift doc-time", "drift sus"] && worse.allSatisfy { $0.status == .unmet })
        #expect(worse[0].detail.hasSuffix("drifted worse, beyond its interval"), "\(worse[0].detail)")
        let better = drift(docTime: 9, sus: 80)
        #expect(better.allSatisfy { $0.status == .met && $0.detail.hasSuffix("better than its interval") })
        let within = drift(docTime: 10.2, sus: 74)
        #expect(within.allSatisfy { $0.status == .met && !$0.detail.contains("interval:") && !$0.detail.contains("better") })
        let none = drift(docTime: nil, sus: nil)
        #expect(none.allSatisfy { $0.status == .insufficient && $0.detail.hasPrefix("nothing measured in general use yet") })
    }
}
