/// How big a hospital `DemoHospital.seed` builds. `standard` is the scripted Riverbend Health a
/// newcomer explores; `large` adds generated pilots and staff for benchmarks. Scripted pilots and
/// named staff are always included, so the notable pilots exist at every scale.
public struct DemoScale: Sendable, Equatable {
    /// Pilots in all: the scripted ones first, the rest generated.
    public var pilots: Int
    /// People in all, the admin included: the named staff first, the rest generated.
    public var people: Int
    /// The exact number of measurements to spread over the pilots' weeks; nil records each
    /// metric once a week.
    public var measurements: Int?
    /// The exact number of feedback entries to spread over the pilots' weeks; nil logs a few
    /// a week.
    public var feedback: Int?

    public init(pilots: Int, people: Int, measurements: Int? = nil, feedback: Int? = nil) {
        self.pilots = pilots
        self.people = people
        self.measurements = measurements
        self.feedback = feedback
    }

    public static let standard = DemoScale(pilots: PilotStory.scripted.count, people: DemoRoster.named.count + 1)

    /// A mid-size health system: enough rows that moving or verifying it takes a few seconds.
    public static let medium = DemoScale(pilots: 60, people: 600, measurements: 50_000, feedback: 10_000)

    public static let large = DemoScale(pilots: 500, people: 5000, measurements: 1_000_000, feedback: 200_000)
}
