import Foundation

/// What a piece of clinician feedback is about.
public enum FeedbackCategory: String, Labeled {
    case accuracy, omission, hallucination, workflow, usability
    case safetyConcern = "safety-concern"
    case privacyConcern = "privacy-concern"

    /// Concerns that should lead to an incident being considered.
    public var suggestsIncident: Bool { self == .safetyConcern || self == .privacyConcern }
}

/// What kind of edit the clinician had to make to the AI's draft.
public enum EditTag: String, Labeled {
    case medication, order, symptom, diagnosis, other

    /// Tags as a person lists them. More entries than there are tags is refused (a runaway list
    /// or a shifted CSV column); a repeat is kept once when stored.
    public static func parseList(_ entries: [String], field: String) throws -> [EditTag] {
        if entries.count > allCases.count {
            throw FieldError(field, "\(entries.count) tags given; list each of \(labels.joined(separator: ", ")) at most once")
        }
        return try entries.map { try parse($0, field: field) }
    }
}

/// A clinician's rating and comment on a pilot. `text` is always the PHI guard's output.
/// Withdrawn feedback (its author found something the guard missed) keeps its row with the text
/// cleared, is left out of every list, tally and report, and keeps its history in the audit log.
public struct Feedback: Codable, Equatable, Hashable, Sendable {
    public var id: Int64?
    public var pilotID: Int64
    public var authorLogin: String
    public var stage: Stage
    public var rating: Int
    public var category: FeedbackCategory
    public var tags: [EditTag]
    public var text: String
    /// The kinds of identifiers the guard removed, so reviewers see that redaction happened.
    public var redactedKinds: [String]
    public var createdAt: Date
    public var withdrawnAt: Date?

    public init(
        id: Int64? = nil, pilotID: Int64, authorLogin: String, stage: Stage, rating: Int,
        category: FeedbackCategory, tags: [EditTag], text: String, redactedKinds: [String],
        createdAt: Date, withdrawnAt: Date? = nil
    ) {
        self.id = id
        self.pilotID = pilotID
        self.authorLogin = authorLogin
        self.stage = stage
        self.rating = rating
        self.category = category
        self.tags = tags
        self.text = text
        self.redactedKinds = redactedKinds
        self.createdAt = createdAt
        self.withdrawnAt = withdrawnAt
    }

    public static func validate(rating: Int) throws {
        if !(1...5).contains(rating) { throw FieldError("rating", "\(rating) is out of range; give 1 to 5") }
    }
}
