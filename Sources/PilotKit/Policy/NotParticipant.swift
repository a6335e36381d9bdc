/// Feedback comes from the people in a pilot: a lead may log it on any pilot, everyone else only
/// on the pilots they take part in. The Ledger refuses with this, and the dashboard does not
/// offer what it would refuse.
public struct NotParticipant: Remedied, Equatable, Sendable {
    public let login: String
    public let pilot: String

    public init(login: String, pilot: String) {
        self.login = login
        self.pilot = pilot
    }

    /// Whether `person` must take part in a pilot to log feedback on it.
    public static func applies(to person: Person) -> Bool { !person.has(.lead) }

    public var reason: String { "\(login) does not take part in \(pilot)" }

    public var remedy: Remedy? { .enrol(login: login, pilot: pilot) }
}
