import PilotKit
import PilotStore

/// Plays one pilot's story onto the timeline. Every step is a Ledger call by the person the story
/// names, and the evidence it records is generated to match what the story says happens at each
/// gate, so gates pass or fail on the recorded data and the history is genuine.
final class PilotPlayer {
    typealias Leg = StoryPlan.Leg

    let plan: StoryPlan
    /// The pilot's position among all pilots; reviewers, deciders and cohorts take turns by it.
    let number: Int
    let cast: DemoCast
    let timeline: DemoTimeline
    let tally: DemoTally
    let ownerLogin: String
    /// Exact totals for this pilot when the scale sets them; nil keeps the weekly rhythm.
    let measurementQuota: Int?
    let feedbackQuota: Int?

    var rng: SplitMix64
    var courses: [String: MetricCourse] = [:]
    /// About how many samples each metric's figures add up to in each leg (by index), for the
    /// intervals: a gate judges at least the leg's own.
    var pooledSamples: [String: [Int: Int]] = [:]
    var enrolled: [String] = []
    var pilotID: Int64 = 0
    var gatesPassed = 0

    init(
        _ plan: StoryPlan, number: Int, measurementQuota: Int?, feedbackQuota: Int?, cast: DemoCast,
        timeline: DemoTimeline, tally: DemoTally
    ) {
        self.plan = plan
        self.number = number
        self.measurementQuota = measurementQuota
        self.feedbackQuota = feedbackQuota
        self.cast = cast
        self.timeline = timeline
        self.tally = tally
        ownerLogin = cast.login(plan.story.owner)
        rng = SplitMix64(seed: "pilot-\(plan.story.key)")
    }

    var story: PilotStory { plan.story }
    var playbook: Playbook { plan.playbook }
    var legs: [Leg] { plan.legs }

    /// Puts the whole story on the timeline.
    func schedule() {
        timeline.schedule(DemoMoment(week: story.startWeek, weekday: 0, hour: 9)) { try self.propose() }
        scheduleMeasurements()
        scheduleFeedback()
        for leg in legs {
            scheduleEntry(leg)
            scheduleExit(leg)
        }
        story.incidents.forEach(scheduleIncident)
        story.risks.forEach(scheduleRisk)
    }

    /// The lead proposes the pilot, reads its action plan and enrols anyone already named.
    func propose() throws {
        let owner = cast.ledger(ownerLogin)
        let pilot = try owner.createPilot(
            NewPilot(
                key: story.key, name: story.name, problem: story.problem, successCriteria: story.successCriteria,
                ownerLogin: ownerLogin, toolKey: story.tool, sites: story.sites),
            playbook: playbook)
        pilotID = pilot.id ?? 0
        tally.summary.pilots += 1
        tally.summary.risks += playbook.starterRisks.count
        if story.reviewsActionPlan { try owner.reviewActionPlan(pilot: story.key) }
        for participant in story.intakeAccounts {
            try enrol(cast.login(participant.login), account: participant.account)
        }
    }

    func enrol(_ login: String, account: AccountKind = .organizationSSO) throws {
        guard !enrolled.contains(login) else { return }
        try cast.ledger(ownerLogin).addParticipant(pilot: story.key, login: login, account: account)
        enrolled.append(login)
        tally.summary.participants += 1
    }
}
