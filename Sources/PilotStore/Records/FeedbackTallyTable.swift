import GRDB
import PilotKit

/// `feedback_tally` and `feedback_tag_tally`: a pilot's feedback counted per stage, rating and
/// category, and per edit tag, kept as feedback is logged and withdrawn (withdrawn feedback is
/// not counted), so that opening a pilot reads a few dozen rows instead of every entry. Derived,
/// not audited: `audit verify` recounts them from the feedback (`problems`).
enum FeedbackTallyTable {
    static let name = "feedback_tally"
    static let tagName = "feedback_tag_tally"

    /// A row of `feedback_tally`, as stored: text, so that a row changed outside Pilotdeck can
    /// still be named.
    struct Key: Hashable, Comparable, CustomStringConvertible {
        let pilotID: Int64
        let stage: String
        let rating: Int64
        let category: String

        var values: [DatabaseValue] { [pilotID.databaseValue, stage.databaseValue, rating.databaseValue, category.databaseValue] }
        var description: String { AuditReport.printable("pilot \(pilotID), rating \(rating) in \(category) at \(stage)") }
        static func < (a: Key, b: Key) -> Bool { (a.pilotID, a.stage, a.rating, a.category) < (b.pilotID, b.stage, b.rating, b.category) }
    }

    /// A row of `feedback_tag_tally`, as stored.
    struct TagKey: Hashable, Comparable, CustomStringConvertible {
        let pilotID: Int64
        let tag: String

        var values: [DatabaseValue] { [pilotID.databaseValue, tag.databaseValue] }
        var description: String { AuditReport.printable("pilot \(pilotID), tag \(tag)") }
        static func < (a: TagKey, b: TagKey) -> Bool { (a.pilotID, a.tag) < (b.pilotID, b.tag) }
    }

    /// Entries counted per stage, rating and category, and once per tag, under their labels
    /// (which hash as small numbers: `audit verify` counts every entry); named as rows at the end.
    struct Counts {
        struct Entry: Hashable {
            let pilotID: Int64
            let stage: Stage
            let rating: Int64
            let category: FeedbackCategory

            var key: Key { Key(pilotID: pilotID, stage: stage.rawValue, rating: rating, category: category.rawValue) }
        }

        struct Tagged: Hashable {
            let pilotID: Int64
            let tag: EditTag

            var key: TagKey { TagKey(pilotID: pilotID, tag: tag.rawValue) }
        }

        private var entries: [Entry: Int64] = [:]
        private var tags: [Tagged: Int64] = [:]
        /// Labels in the order first counted, so a batch writes in a stable order.
        private var order: [Entry] = []
        private var tagOrder: [Tagged] = []

        /// Counts `feedback` `by` times (−1 takes it back), unless it is withdrawn.
        mutating func add(_ feedback: Feedback, by amount: Int64 = 1) {
            guard feedback.withdrawnAt == nil else { return }
            add(
                Entry(pilotID: feedback.pilotID, stage: feedback.stage, rating: Int64(feedback.rating), category: feedback.category),
                tags: feedback.tags, by: amount)
        }

        /// Counts an entry under its labels and once under each of its tags.
        mutating func add(_ entry: Entry, tags entryTags: [EditTag], by amount: Int64 = 1) {
            if entries[entry] == nil { order.append(entry) }
            entries[entry, default: 0] += amount
            for (index, tag) in entryTags.enumerated() where !entryTags[..<index].contains(tag) {
                let tagged = Tagged(pilotID: entry.pilotID, tag: tag)
                if tags[tagged] == nil { tagOrder.append(tagged) }
                tags[tagged, default: 0] += amount
            }
        }

        /// Adds another batch's counts, as if its entries had been counted here.
        mutating func add(_ other: Counts) {
            for entry in other.order {
                if entries[entry] == nil { order.append(entry) }
                entries[entry, default: 0] += other.entries[entry]!
            }
            for tagged in other.tagOrder {
                if tags[tagged] == nil { tagOrder.append(tagged) }
                tags[tagged, default: 0] += other.tags[tagged]!
            }
        }

        var byKey: [Key: Int64] { Dictionary(uniqueKeysWithValues: entries.map { ($0.key.key, $0.value) }) }
        var byTag: [TagKey: Int64] { Dictionary(uniqueKeysWithValues: tags.map { ($0.key.key, $0.value) }) }

        /// Each key's row gains the batch's counts, or starts with them.
        func write(to session: any StoreSession) throws {
            try session.add(
                to: name, keys: ["pilot_id", "stage", "rating", "category"], amounts: ["n"],
                rows: order.map { $0.key.values + [entries[$0]!.databaseValue] })
            try session.add(
                to: tagName, keys: ["pilot_id", "tag"], amounts: ["n"], rows: tagOrder.map { $0.key.values + [tags[$0]!.databaseValue] })
        }
    }

    // MARK: - Reading

    static let ratingsSQL = "SELECT stage, rating, SUM(n) AS n FROM \(name) WHERE pilot_id = ? GROUP BY stage, rating HAVING SUM(n) > 0"
    static let categoriesSQL = "SELECT category, SUM(n) AS n FROM \(name) WHERE pilot_id = ? GROUP BY category HAVING SUM(n) > 0"
    static let tagsSQL = "SELECT tag, n FROM \(tagName) WHERE pilot_id = ? AND n > 0"
    static let countSQL = "SELECT COALESCE(SUM(n), 0) FROM \(name) WHERE pilot_id = ?"

    // MARK: - Checking

    /// Where the tables in `db` disagree with `expected`, the feedback counted in the same snapshot.
    static func problems(_ db: any StoreSession, expected counts: Counts) throws -> [String] {
        let unreadable = "a row holds something other than a count: changed outside Pilotdeck"
        func line(_ key: some CustomStringConvertible, _ stored: Int64?, _ counted: Int64?) -> String? {
            let counted = counted ?? 0
            guard let stored else {
                return counted == 0 ? nil : "\(key) is missing, the feedback counts \(counted): deleted outside Pilotdeck"
            }
            return stored == counted ? nil : "\(key) counts \(stored) entries, the feedback \(counted): changed outside Pilotdeck"
        }
        func count(_ row: Row) -> Int64? { Int64.fromDatabaseValue(row["n"]) }
        return try DerivedRows.problems(
            db, table: name, expected: counts.byKey, read: { row in Key(row).flatMap { key in count(row).map { (key, $0) } } },
            unreadable: unreadable, line: line)
            + DerivedRows.problems(
                db, table: tagName, expected: counts.byTag, read: { row in TagKey(row).flatMap { key in count(row).map { (key, $0) } } },
                unreadable: unreadable, line: line)
    }
}

extension FeedbackTallyTable.Key {
    init?(_ row: Row) {
        guard let pilotID = Int64.fromDatabaseValue(row["pilot_id"]), let stage = String.fromDatabaseValue(row["stage"]),
            let rating = Int64.fromDatabaseValue(row["rating"]), let category = String.fromDatabaseValue(row["category"])
        else { return nil }
        self.init(pilotID: pilotID, stage: stage, rating: rating, category: category)
    }
}

extension FeedbackTallyTable.TagKey {
    init?(_ row: Row) {
        guard let pilotID = Int64.fromDatabaseValue(row["pilot_id"]), let tag = String.fromDatabaseValue(row["tag"]) else { return nil }
        self.init(pilotID: pilotID, tag: tag)
    }
}
