extension MetricMeasurement {
    /// Days a measurement may carry before its pilot started: baselines and records a hospital
    /// measured before it registered the pilot. Anything older is a typo, not evidence.
    public static let daysBeforeStart = 365

    /// Refuses a value its metric's unit cannot take, and a day outside the pilot's life: more
    /// than `daysBeforeStart` before it started, or more than a day after `today` (a day of slack
    /// for time zones).
    public func checkPlausible(_ definition: MetricDefinition, pilotStartedOn: Day, today: Day) throws {
        if let range = definition.plausibleValues, !range.contains(value) {
            let allowed =
                range.upperBound == .greatestFiniteMagnitude
                ? "it cannot be negative" : "give \(MetricTarget.format(range.lowerBound)) to \(MetricTarget.format(range.upperBound))"
            throw FieldError("value", "\(MetricTarget.format(value)) \(definition.unit) is implausible for \(definition.key); \(allowed)")
        }
        let earliest = pilotStartedOn.adding(days: -Self.daysBeforeStart)
        if day < earliest {
            throw FieldError("date", "\(day) is more than a year before the pilot started (\(pilotStartedOn)); give a day from \(earliest) on")
        }
        if day > today.adding(days: 1) {
            throw FieldError("date", "\(day) is in the future (today is \(today)); give the day it was measured")
        }
    }
}
