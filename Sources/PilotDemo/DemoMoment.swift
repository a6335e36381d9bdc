/// A point in the story, counted in minutes from midnight (UTC) of the demo's first day. Steps
/// are placed by week, weekday and hour; follow-ups come so many days or minutes later.
struct DemoMoment: Comparable {
    let minutes: Int

    init(week: Int, weekday: Int, hour: Int, minute: Int = 0) {
        minutes = ((week * 7 + weekday) * 24 + hour) * 60 + minute
    }

    private init(minutes: Int) { self.minutes = minutes }

    func adding(days: Int = 0, minutes more: Int = 0) -> DemoMoment {
        DemoMoment(minutes: minutes + days * 1440 + more)
    }

    static func < (lhs: DemoMoment, rhs: DemoMoment) -> Bool { lhs.minutes < rhs.minutes }
}
