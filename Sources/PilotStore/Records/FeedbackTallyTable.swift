import GRDB
import PilotKit

/// `feedback_tally` and `feedback_tag_tally`: a pilot's feedback counted per stage, rating and
/// category, and per edit tag, kept as feedback is logged and withdrawn (withdrawn feedback is
/// not counted), so that opening a pilot reads a few dozen rows instead of every entry. Derived,
/// not audited: `audit verify` recounts them from the feedback (`problems`).
enum FeedbackTallyTable {
    static let name = "feedback_tally"
    static let tagName = "feedback_tag_tally"

    struct Key: Hashable, Comparable, CustomStringConvertible {
        let pilotID: Int64
        let stage: String
        let rating: Int64
        let category: String

        init(pilotID: Int64, stage: String, rating: Int64, category: String) {
            (self.pilotID, self.stage, self.rating, self.category) = (pilotID, stage, rating, category)
        }

        init(_ feedback: Feedback) {
            self.init(pilotID: feedback.pilotID, stage: feedback.stage.rawValue, rating: Int64(feedback.rating), category: feedback.category.rawValue)
        }

        init?(_ row: Row) {
            guard let pilotID = Int64.fromDatabaseValue(row["pilot_id"]), let stage = String.fromDatabaseValue(row["stage"]),
                let rating = Int64.fromDatabaseValue(row["rating"]), let category = String.fromDatabaseValue(row["category"])
            else { return nil }
            (self.pilotID, self.stage, self.rating, self.category) = (pilotID, stage, rating, category)
        }

        var values: [DatabaseValue] { [pilotID.databaseValue, stage.databaseValue, rating.databaseValue, category.databaseValue] }
        var description: String { AuditReport.printable("pilot \(pilotID), rating \(rating) in \(category) at \(stage)") }
        static func < (a: Key, b: Key) -> Bool { (a.pilotID, a.stage, a.rating, a.category) < (b.pilotID, b.stage, b.rating, b.category) }
    }

    struct TagKey: Hashable, Comparable, CustomStringConvertible {
        let pilotID: Int64
        let tag: String

        init(pilotID: Int64, tag: String) { (self.pilotID, self.tag) = (pilotID, tag) }

        init?(_ row: Row) {
            guard let pilotID = Int64.fromDatabaseValue(row["pilot_id"]), let tag = String.fromDatabaseValue(row["tag"]) else { return nil }
            (self.pilotID, self.tag) = (pilotID, tag)
        }

        var values: [DatabaseValue] { [pilotID.databaseValue, tag.databaseValue] }
        var description: String { AuditReport.printable("pilot \(pilotID), tag \(tag)") }
        static func < (a: TagKey, b: TagKey) -> Bool { (a.pilotID, a.tag) < (b.pilotID, b.tag) }
    }

    /// Entries counted per key, and per tag (an entry once per tag).
    struct Counts {
        private(set) var entries: [Key: Int64] = [:]
        private(set) var tags: [TagKey: Int64] = [:]
        /// Keys in the order first counted, so a batch writes in a stable order.
        private(set) var order: [Key] = []
        private(set) var tagOrder: [TagKey] = []

        /// Counts `feedback` `by` times (−1 takes it back), unless it is withdrawn; once per tag.
        mutating func add(_ feedback: Feedback, by amount: Int64 = 1) {
            guard feedback.withdrawnAt == nil else { return }
            let key = Key(feedback)
            if entries[key] == nil { order.append(key) }
            entries[key, default: 0] += amount
            for tag in Set(feedback.tags.map(\.rawValue)) {
                let tagKey = TagKey(pilotID: key.pilotID, tag: tag)
                if tags[tagKey] == nil { tagOrder.append(tagKey) }
                tags[tagKey, default: 0] += amount
            }
        }

        /// Each key's row gains the batch's counts, or starts with them.
        func write(to session: any StoreSession) throws {
            try session.add(
                to: name, keys: ["pilot_id", "stage", "rating", "category"], amounts: ["n"],
                rows: order.map { $0.values + [entries[$0]!.databaseValue] })
            try session.add(to: tagName, keys: ["pilot_id", "tag"], amounts: ["n"], rows: tagOrder.map { $0.values + [tags[$0]!.databaseValue] })
        }
    }

    // MARK: - Reading

    static let ratingsSQL = "SELECT stage, rating, SUM(n) AS n FROM \(name) WHERE pilot_id = ? GROUP BY stage, rating HAVING SUM(n) > 0"
    static let categoriesSQL = "SELECT category, SUM(n) AS n FROM \(name) WHERE pilot_id = ? GROUP BY category HAVING SUM(n) > 0"
    static let tagsSQL = "SELECT tag, n FROM \(tagName) WHERE pilot_id = ? AND n > 0"
    static let countSQL = "SELECT COALESCE(SUM(n), 0) FROM \(name) WHERE pilot_id = ?"

    // MARK: - Checking

    /// Where the tables disagree with the feedback, recounted from it in `db`'s snapshot.
    static func problems(_ db: any StoreSession) throws -> [String] {
        let recount = try recount(db)
        var problems: [(order: String, line: String)] = []
        func compare<K: Hashable & Comparable & CustomStringConvertible>(_ table: String, _ key: (Row) -> K?, _ expected: [K: Int64]) throws {
            var expected = expected
            try db.forEachRow("SELECT * FROM \(table)") { row in
                guard let key = key(row), let stored = Int64.fromDatabaseValue(row["n"]) else {
                    problems.append(("", "\(table) a row holds something other than a count: changed outside Pilotdeck"))
                    return
                }
                let counted = expected.removeValue(forKey: key) ?? 0
                if stored != counted {
                    problems.append((
                        "\(table) \(key)", "\(table) \(key) counts \(stored) entries, the feedback \(counted): changed outside Pilotdeck"
                    ))
                }
            }
            for (key, counted) in expected where counted != 0 {
                problems.append(("\(table) \(key)", "\(table) \(key) is missing, the feedback counts \(counted): deleted outside Pilotdeck"))
            }
        }
        try compare(name, Key.init, recount.entries)
        try compare(tagName, TagKey.init, recount.tags)
        return problems.sorted { $0.order < $1.order }.map(\.line)
    }

    /// Every entry counted from the columns a tally reads (through GRDB's decoding of the whole
    /// row when they hold something else); one neither can read is left to the row checks, which
    /// name it. Counted under its labels, which hash as small numbers, and named as text at the end.
    private static func recount(_ db: any StoreSession) throws -> (entries: [Key: Int64], tags: [TagKey: Int64]) {
        struct Entry: Hashable {
            let pilotID: Int64
            let stage: Stage
            let rating: Int64
            let category: FeedbackCategory
        }
        struct Tagged: Hashable {
            let pilotID: Int64
            let tag: EditTag
        }
        var entries: [Entry: Int64] = [:]
        var tagged: [Tagged: Int64] = [:]
        func count(_ entry: Entry, _ tags: [EditTag]) {
            entries[entry, default: 0] += 1
            for (index, tag) in tags.enumerated() where !tags[..<index].contains(tag) {
                tagged[Tagged(pilotID: entry.pilotID, tag: tag), default: 0] += 1
            }
        }
        let sql = "SELECT \(Feedback.columns.map(\.name).joined(separator: ", ")) FROM feedback"
        try db.forEachInPlace(sql) { columns, row in
            if let pilotID = columns.int64(1), let stage: Stage = columns.labeled(3), let rating = columns.int64(4),
                let category: FeedbackCategory = columns.labeled(5), let tags: [EditTag] = columns.labels(6)
            {
                if columns.isNull(10) { count(Entry(pilotID: pilotID, stage: stage, rating: rating, category: category), tags) }
            } else if let feedback = try? Feedback(row: row()), feedback.withdrawnAt == nil {
                count(Entry(pilotID: feedback.pilotID, stage: feedback.stage, rating: Int64(feedback.rating), category: feedback.category), feedback.tags)
            }
        }
        return (
            Dictionary(uniqueKeysWithValues: entries.map {
                (Key(pilotID: $0.key.pilotID, stage: $0.key.stage.rawValue, rating: $0.key.rating, category: $0.key.category.rawValue), $0.value)
            }),
            Dictionary(uniqueKeysWithValues: tagged.map { (TagKey(pilotID: $0.key.pilotID, tag: $0.key.tag.rawValue), $0.value) })
        )
    }
}
