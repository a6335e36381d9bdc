import Foundation
import PilotKit

/// What clinicians said: ratings, categories, edit tags and a few of their (redacted) words.
public struct FeedbackSummary: Codable, Hashable, Sendable {
    /// One clinician comment as the PHI guard stored it; the author is left out on purpose.
    public struct Comment: Codable, Hashable, Sendable {
        public var id: Int64
        public var createdAt: Date
        public var stage: Stage
        public var rating: Int
        public var category: FeedbackCategory
        public var tags: [EditTag]
        @Sanitized public var text: String
        /// The kinds of identifiers the guard removed, so readers see that redaction happened.
        @Sanitized public var redactedKinds: [String]
    }

    /// Every feedback entry the pilot has.
    public var total: Int
    /// The newest entries the counts below are computed from (all of them unless `total` is larger).
    public var summarized: Int
    public var averageRating: Double?
    /// Ratings 1 to 5, in order.
    public var ratings: [Tally<Int>]
    public var categories: [Tally<FeedbackCategory>]
    public var tags: [Tally<EditTag>]
    /// The newest comment of each category.
    public var comments: [Comment]

    /// A comment longer than this is cut, so one entry cannot fill the report.
    static let commentLength = 400
}

extension FeedbackSummary {
    /// Summarizes `entries` (newest first) out of `total`.
    init(_ entries: [Feedback], total: Int) {
        let ratings = entries.map(\.rating)
        let newestPerCategory = FeedbackCategory.allCases.compactMap { category in
            entries.first { $0.category == category && !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
        self.init(
            total: total, summarized: entries.count,
            averageRating: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count),
            ratings: Tally.counting(ratings, keys: Array(1...5)),
            categories: Tally.counting(entries.map(\.category), keys: FeedbackCategory.allCases),
            tags: Tally.counting(entries.flatMap(\.tags), keys: EditTag.allCases),
            comments: newestPerCategory.map { Comment($0) })
    }
}

extension FeedbackSummary.Comment {
    init(_ feedback: Feedback) {
        let text = feedback.text.count > FeedbackSummary.commentLength
            ? String(feedback.text.prefix(FeedbackSummary.commentLength - 1)) + "…" : feedback.text
        self.init(
            id: feedback.id ?? 0, createdAt: feedback.createdAt, stage: feedback.stage, rating: feedback.rating,
            category: feedback.category, tags: feedback.tags, text: text, redactedKinds: feedback.redactedKinds)
    }
}
