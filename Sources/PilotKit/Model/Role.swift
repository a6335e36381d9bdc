import Foundation

/// What a person may do in Pilotdeck; checked by the Ledger on every mutation.
public enum Role: String, Labeled {
    case admin, lead, clinician, reviewer, leadership
}

/// The oversight team's disciplines; a gate needs a quorum of disciplines, not a count of votes.
public enum Discipline: String, Labeled {
    case itSecurity = "it-security"
    case clinical
    case patientAdvocate = "patient-advocate"
    case privacy

    public var title: String {
        switch self {
        case .itSecurity: "IT/security"
        case .clinical: "clinical"
        case .patientAdvocate: "patient advocate"
        case .privacy: "privacy/compliance"
        }
    }
}
