import PilotKit

/// A pilot's story laid onto the calendar before anything is written: its stays as weeks, when
/// an incident pauses it for good, and the weeks that record measurements and feedback. Planned
/// up front so a scale's totals can be checked and spread before the database is touched.
struct StoryPlan {
    /// A stay laid onto the calendar.
    struct Leg {
        let stay: StageStay
        let index: Int
        let firstWeek: Int
        let weeks: Int

        var lastWeek: Int { firstWeek + weeks - 1 }

        /// On the stay's last Friday the gate is signed (from 13:00), the plan re-read and decided.
        func exit(hour: Int, minute: Int = 0) -> DemoMoment {
            DemoMoment(week: lastWeek, weekday: 4, hour: hour, minute: minute)
        }
    }

    /// A week whose measurements are recorded (Friday morning): baselines at intake, every metric later.
    struct MeasuredWeek {
        let week: Int
        let leg: Leg
        let metrics: [MetricDefinition]
    }

    let story: PilotStory
    let playbook: Playbook
    let legs: [Leg]
    /// When an incident left open pauses the pilot for good; nothing is recorded after it.
    let pausedAt: DemoMoment?
    let measuredWeeks: [MeasuredWeek]
    /// Weeks with feedback: the tool is in use (past intake) and the pilot not paused for good.
    let feedbackWeeks: [Int]

    init(_ story: PilotStory, playbook: Playbook) {
        self.story = story
        self.playbook = playbook
        var week = story.startWeek
        var legs: [Leg] = []
        for (index, stay) in story.stays.enumerated() {
            let weeks = stay.weeks ?? DemoCalendar.weeks - week
            precondition(weeks > 0 && week + weeks <= DemoCalendar.weeks, "\(story.key): stay \(index) does not fit the story's weeks")
            legs.append(Leg(stay: stay, index: index, firstWeek: week, weeks: weeks))
            week += weeks
        }
        self.legs = legs
        let pausedAt = story.incidents.first(where: \.pausesForGood).map { Self.moment(of: $0, in: legs) }
        self.pausedAt = pausedAt
        func recorded(_ moment: DemoMoment) -> Bool { pausedAt.map { moment < $0 } ?? true }

        measuredWeeks = legs.flatMap { leg in
            let metrics = leg.stay.stage == .intake ? playbook.metrics.filter(\.target.needsBaseline) : playbook.metrics
            return (leg.firstWeek...leg.lastWeek)
                .filter { !metrics.isEmpty && recorded(DemoMoment(week: $0, weekday: 4, hour: 9)) }
                .map { MeasuredWeek(week: $0, leg: leg, metrics: metrics) }
        }
        feedbackWeeks = legs.filter { $0.stay.stage != .intake }.flatMap { leg in
            (leg.firstWeek...leg.lastWeek).filter { recorded(DemoMoment(week: $0, weekday: 1, hour: 10)) }
        }
    }

    /// How many measurements the weekly rhythm records; a scale's quota may not go below it, or
    /// gates would lack samples.
    var measurementSlots: Int { measuredWeeks.reduce(0) { $0 + $1.metrics.count } }

    /// Incidents are reported mid-morning.
    static func moment(of incident: IncidentScript, in legs: [Leg]) -> DemoMoment {
        DemoMoment(week: legs[incident.stay].firstWeek + incident.week, weekday: incident.weekday, hour: 10, minute: 30)
    }
}
