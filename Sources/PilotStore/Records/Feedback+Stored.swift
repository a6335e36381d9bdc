import GRDB
import PilotKit

extension Feedback: IdentifiedRecord {
    public static let entity = "feedback"
    public var auditPilotID: Int64? { pilotID }
}
extension Feedback: BulkRecord {
    func total(into totals: inout DerivedTotals) { totals.feedback.add(self) }

    static let columns: [(name: String, reading: ColumnReading)] = [
        ("id", .integer), ("pilot_id", .integer), ("author_login", .text), ("stage", .textValue), ("rating", .integer),
        ("category", .textValue), ("tags", .textValue), ("text", .text), ("redacted_kinds", .textValue), ("created_at", .textValue),
        ("withdrawn_at", .optionalTextValue),
    ]
    func bind(to insert: any PreparedInsert) throws {
        insert.bind(id)
        insert.bind(pilotID)
        insert.bind(authorLogin)
        insert.bind(stage)
        insert.bind(rating)
        insert.bind(category)
        insert.bind(try ColumnValues.jsonArray(tags.map { $0.rawValue }))
        insert.bind(text)
        insert.bind(try ColumnValues.jsonArray(redactedKinds))
        insert.bind(ColumnValues.timestamp(createdAt))
        insert.bind(withdrawnAt.map(ColumnValues.timestamp))
    }

    init?(columns: some ColumnReader) {
        guard let id = columns.int64(0), let pilotID = columns.int64(1), let authorLogin = columns.string(2),
            let stage: Stage = columns.labeled(3), let rating = columns.int(4), let category: FeedbackCategory = columns.labeled(5),
            let tags: [EditTag] = columns.labels(6), let text = columns.string(7), let redactedKinds = columns.strings(8),
            let createdAt = columns.date(9), let withdrawnAt = columns.optionalDate(10)
        else { return nil }
        self.init(
            id: id, pilotID: pilotID, authorLogin: authorLogin, stage: stage, rating: rating, category: category, tags: tags,
            text: text, redactedKinds: redactedKinds, createdAt: createdAt, withdrawnAt: withdrawnAt)
    }
}
