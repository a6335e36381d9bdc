import Foundation
import Testing
@testable import PilotKit

@Suite("Alert scan")
struct AlertScanTests {
    static let now = ReadyEvidence.today.date.addingTimeInterval(12 * 3600)

    static func entry(reviewedDaysAgo: Int?, status: PilotStatus = .active) -> AlertScan.Entry {
        var pilot = ReadyEvidence.make().pilot
        pilot.status = status
        pilot.actionPlanReviewedOn = reviewedDaysAgo.map { ReadyEvidence.today.adding(days: -$0) }
        return AlertScan.Entry(pilot: pilot, playbook: ReadyEvidence.playbook)
    }

    static func incident(_ kind: IncidentKind, openedHoursAgo: Double, steps: [Int] = [], status: IncidentStatus = .open) -> Incident {
        Incident(
            id: 7, pilotID: 1, severity: .critical, kind: kind, summary: "s", status: status,
            openedAt: now.addingTimeInterval(-openedHoursAgo * 3600), openedBy: "lee", stepsDone: steps,
            metricKey: kind == .safeguard ? "errors" : nil, measurementID: kind == .safeguard ? 3 : nil)
    }

    @Test("nothing to report gives no alerts")
    func quiet() {
        #expect(AlertScan.alerts(pilots: [Self.entry(reviewedDaysAgo: 10)], incidents: [], tools: [ReadyEvidence.make().tool], now: Self.now).isEmpty)
    }

    @Test("an open safeguard incident, its step past the one-hour clock, a plan read too long ago, a conditional tool's unmet contract")
    func everyKind() {
        var tool = ReadyEvidence.make().tool
        tool.vetting = .approvedWithConditions
        tool.noTrainingClause = false
        let alerts = AlertScan.alerts(
            pilots: [Self.entry(reviewedDaysAgo: ReadyEvidence.playbook.actionPlanReviewDays + 1)],
            incidents: [Self.incident(.safeguard, openedHoursAgo: 3)], tools: [tool], now: Self.now)
        #expect(alerts.map(\.kind) == [.safeguard, .overdueStep, .actionPlanReview, .toolConditions])
        #expect(alerts[0].pilot == "AMB-FM" && alerts[0].detail.hasPrefix("errors crossed its safeguard"))
        #expect(alerts[1].detail == "step 1 Disable access: overdue 2 h")
        #expect(alerts[3].pilot == nil && alerts[3].detail.contains("no-training clause"))
    }

    @Test("closed incidents, done steps and retired pilots raise nothing")
    func settled() {
        let closed = Self.incident(.safeguard, openedHoursAgo: 3, status: .closed)
        let done = Self.incident(.dataBreach, openedHoursAgo: 3, steps: [1])
        #expect(AlertScan.alerts(pilots: [Self.entry(reviewedDaysAgo: 1)], incidents: [closed, done], tools: [], now: Self.now).isEmpty)
        #expect(AlertScan.alerts(pilots: [Self.entry(reviewedDaysAgo: nil, status: .retired)], incidents: [], tools: [], now: Self.now).isEmpty)
        #expect(AlertScan.alerts(pilots: [Self.entry(reviewedDaysAgo: nil)], incidents: [], tools: [], now: Self.now).map(\.detail) == ["never reviewed"])
    }
}
