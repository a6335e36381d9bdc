import Foundation
import GRDB
import PilotKit

/// A pilot's feedback counted in SQL: the rating distribution overall and per stage, and counts by
/// category and edit tag. Categories, tags and stages with no entries are absent from the maps.
/// Withdrawn feedback is not counted.
public struct FeedbackTallies: Sendable, Equatable {
    /// Entries logged for the pilot.
    public var total: Int
    /// Mean rating, nil when there is no feedback.
    public var averageRating: Double?
    /// Counts of ratings 1...5 (index 0 is rating 1).
    public var ratings: [Int]
    public var categories: [FeedbackCategory: Int]
    /// Entries carrying each edit tag (an entry counts once per tag).
    public var tags: [EditTag: Int]
    /// Counts of ratings 1...5 per stage the feedback was logged at.
    public var byStage: [Stage: [Int]]

    public init(
        total: Int = 0, averageRating: Double? = nil, ratings: [Int] = [0, 0, 0, 0, 0],
        categories: [FeedbackCategory: Int] = [:], tags: [EditTag: Int] = [:], byStage: [Stage: [Int]] = [:]
    ) {
        self.total = total
        self.averageRating = averageRating
        self.ratings = ratings
        self.categories = categories
        self.tags = tags
        self.byStage = byStage
    }
}

extension PilotDatabase {
    /// Tallies a pilot's feedback in one snapshot, from the counts kept as it is logged and
    /// withdrawn (`FeedbackTallyTable`): a few dozen rows however much feedback the pilot has.
    public func feedbackTallies(of pilotID: Int64) throws -> FeedbackTallies {
        try read { db in try Self.feedbackTallies(db, pilotID: pilotID) }
    }

    static func feedbackTallies(_ db: any StoreSession, pilotID: Int64) throws -> FeedbackTallies {
        var tallies = FeedbackTallies()
        var ratingSum = 0
        let statements = PilotStatements.tallies(pilotID)
        for row in try db.rows(statements[0]) {
            let rating: Int = row["rating"]
            let count: Int = row["n"]
            tallies.total += count
            // The table's CHECK keeps ratings in 1...5; anything else is counted in the total only.
            guard (1...5).contains(rating) else { continue }
            ratingSum += rating * count
            tallies.ratings[rating - 1] += count
            if let stage = Stage(rawValue: row["stage"]) {
                tallies.byStage[stage, default: [0, 0, 0, 0, 0]][rating - 1] += count
            }
        }
        let rated = tallies.ratings.reduce(0, +)
        tallies.averageRating = rated == 0 ? nil : Double(ratingSum) / Double(rated)
        for row in try db.rows(statements[1]) {
            if let category = FeedbackCategory(rawValue: row["category"]) { tallies.categories[category] = row["n"] }
        }
        for row in try db.rows(statements[2]) {
            if let tag = EditTag(rawValue: row["tag"]) { tallies.tags[tag] = row["n"] }
        }
        return tallies
    }
}

extension PilotDatabase {
    /// Which of the feedback `ids` are withdrawn, each looked up by its key.
    public func withdrawnFeedback(among ids: Set<Int64>) throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try read { db in
            Set(try db.values(
                Int64.self, "SELECT id FROM feedback WHERE id IN (\(placeholders)) AND withdrawn_at IS NOT NULL", ids.sorted()))
        }
    }
}
