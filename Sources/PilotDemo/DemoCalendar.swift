import Foundation
import PilotKit

/// Lays the story's weeks onto real days: week 0 begins on the Monday sixteen weeks (or a few
/// days more) before `today`, so weekday 0 is a real Monday and gates fall on Fridays, and the
/// last week ends before `today`, so nothing is dated in the future whatever the hour.
struct DemoCalendar {
    static let weeks = 16

    let today: Day

    var firstDay: Day {
        let earliest = today.adding(days: -7 * Self.weeks)
        // Day 0 (1970-01-01) was a Thursday, so Mondays are the ordinals 4 more than a multiple of 7.
        return earliest.adding(days: -(((earliest.ordinal - 4) % 7 + 7) % 7))
    }

    /// The first moment the story may not reach: midnight starting `today`.
    var end: DemoMoment { DemoMoment(week: Self.weeks, weekday: 0, hour: 0) }

    func day(_ moment: DemoMoment) -> Day { firstDay.adding(days: moment.minutes / 1440) }

    func date(_ moment: DemoMoment) -> Date {
        firstDay.date.addingTimeInterval(Double(moment.minutes) * 60)
    }
}
