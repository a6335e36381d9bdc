import PilotKit

/// An incident in a pilot's story, placed in one of its stays, and how it is worked.
struct IncidentScript {
    enum Resolution: Equatable {
        /// Still open today; a high or critical one keeps the pilot paused.
        case open
        /// Closed `afterDays` days after opening, with a closing note.
        case closed(afterDays: Int, note: String)
        /// Closed, then the paused pilot resumed with a rationale.
        case closedAndResumed(afterDays: Int, note: String, rationale: String)
    }

    /// Index of the stay it happens in, and the week within that stay.
    var stay: Int
    var week: Int
    var weekday: Int
    var severity: Severity
    var kind: IncidentKind
    var summary: String
    /// A safety-concern feedback entry the reporter logs first; the incident links to it.
    var feedback: String?
    /// When set, the incident is not reported by hand: the lead records this measurement, which
    /// crosses its metric's safeguard, and the Ledger opens the incident (`summary` becomes the
    /// lead's first timeline note).
    var safeguard: SafeguardTrip? = nil
    /// The responding reviewer's note on containment, the day after.
    var containment: String
    var resolution: Resolution

    /// The discipline whose reviewer responds to this kind of incident.
    var responder: Discipline {
        switch kind {
        case .dataBreach, .unauthorizedAccess, .phishing: .privacy
        case .promptInjection: .itSecurity
        case .unsafeOutput, .modelChange, .safeguard, .other: .clinical
        }
    }

    /// A measurement that crosses its metric's action threshold.
    struct SafeguardTrip {
        var metric: String
        var value: Double
        var n: Int
    }

    /// Whether it pauses the pilot until today.
    var pausesForGood: Bool { severity.pausesPilot && resolution == .open }
}
