import PilotKit
import PilotStore

/// Riverbend Health, an entirely fictional hospital rolling out AI tools in governed steps: the
/// demo and training database behind `pilotdeck demo`, and the data set of the benchmarks.
public enum DemoHospital {
    public static let organizationDomain = DemoRoster.domain

    /// Seeds an empty database with sixteen weeks of history ending the day before `today`, all
    /// written through the Ledger (so `verifyAudit()` reports it intact) by the people the story
    /// names. `admin` becomes the first person and holds every role, so a newcomer can try
    /// everything; the database is marked as a demo, which allows acting as anyone with `--as`.
    /// The same inputs always give the same database, so screens rendered from it are stable.
    ///
    /// `playbooks` must include those the pilots follow (`Pilots/*.yaml`). Their gates, metrics
    /// and targets drive the story, so edited targets still give gates that pass on the data.
    /// Refusals (a missing playbook, a scale too small) come before anything is written.
    public static func seed(
        into database: PilotDatabase, admin: String, playbooks: [Playbook], today: Day, scale: DemoScale = .standard
    ) throws -> DemoSummary {
        let scripted = PilotStory.scripted
        let named = DemoRoster.named
        if scale.pilots < scripted.count || scale.people <= named.count {
            throw FieldError("scale", "the demo needs at least \(scripted.count) pilots and \(named.count + 1) people")
        }
        let staff = named + DemoRoster.generated(count: scale.people - named.count - 1)
        let leads = staff.filter { $0.has(.lead) }.map(\.login)
        let stories = scripted + (0..<scale.pilots - scripted.count).map { index in
            PilotStory.generated(number: index + 1, owner: leads[index % leads.count])
        }
        let byKey = Dictionary(playbooks.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let plans = try stories.map { story in
            guard let playbook = byKey[story.playbook] else {
                throw FieldError("playbooks", "the demo needs the \(story.playbook) playbook; load Pilots/\(story.playbook).yaml")
            }
            return StoryPlan(story, playbook: playbook)
        }
        let slots = plans.map(\.measurementSlots)
        // A safeguard's crossing is a measurement of its own, on top of the weekly ones.
        let trips = stories.flatMap(\.incidents).filter { $0.safeguard != nil }.count
        if let total = scale.measurements, total < slots.reduce(0, +) + trips {
            throw FieldError("scale", "\(total) measurements are too few for \(plans.count) pilots; give at least \(slots.reduce(0, +) + trips)")
        }
        let measurementQuotas = quotas(scale.measurements.map { $0 - trips }, over: slots)
        let reports = stories.flatMap(\.incidents).filter { $0.feedback != nil }.count
        let feedbackQuotas = quotas(scale.feedback.map { max(0, $0 - reports) }, over: plans.map(\.feedbackWeeks.count))

        let calendar = DemoCalendar(today: today)
        let timeline = DemoTimeline(calendar: calendar, start: DemoMoment(week: 0, weekday: 0, hour: 7))
        let tally = DemoTally()
        let cast = try DemoCast(hiring: staff, into: database, admin: admin, clock: timeline.clock, tally: tally)
        DemoTool.schedule(on: timeline, cast: cast, tally: tally)
        for (number, plan) in plans.enumerated() {
            PilotPlayer(
                plan, number: number, measurementQuota: measurementQuotas[number], feedbackQuota: feedbackQuotas[number],
                cast: cast, timeline: timeline, tally: tally
            ).schedule()
        }
        try timeline.run()

        tally.summary.auditEntries = try database.auditCount()
        tally.summary.readyPilot = PilotStory.readyKey
        tally.summary.unmetPilot = PilotStory.unmetKey
        tally.summary.pausedPilot = PilotStory.pausedKey
        tally.summary.inconclusivePilot = PilotStory.inconclusiveKey
        tally.summary.trippedPilot = PilotStory.trippedKey
        tally.summary.overduePilot = PilotStory.overdueKey
        return tally.summary
    }

    /// A scale's exact total spread over the pilots by weight (the weeks they record); nil keeps
    /// each pilot's weekly rhythm.
    private static func quotas(_ total: Int?, over weights: [Int]) -> [Int?] {
        guard let total else { return weights.map { _ in nil } }
        return Apportion.split(total, by: weights)
    }
}
