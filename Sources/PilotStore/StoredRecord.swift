import Foundation
import GRDB
import PilotKit

/// A domain value persisted in its own table with snake_case columns, audited by the Ledger.
/// GRDB maps its columns to and from Swift values on both engines (`StoreSession`); the SQL that
/// reads and writes it is Pilotdeck's own.
public protocol StoredRecord: Codable, FetchableRecord, EncodableRecord, TableRecord, Sendable {
    /// The audit log's name for this kind of row.
    static var entity: String { get }
    /// Identifies the row in the audit log.
    var auditID: String { get }
    /// The pilot this row belongs to, so a pilot's audit trail can be listed.
    var auditPilotID: Int64? { get }
    /// The columns of the primary key, in the order `auditID` joins them.
    static var primaryKey: [String] { get }
    /// Takes the id the engine assigned on insert; only identified rows have one.
    mutating func assign(id: Int64)
}

extension StoredRecord {
    /// `auditID` as `audit verify` keys it.
    var auditKey: AuditKey { AuditKey(auditID) }

    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { ColumnNames.decoding }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { ColumnNames.encoding }
    public static var databaseTableName: String { entity }
    public var auditPilotID: Int64? { nil }
    public mutating func assign(id: Int64) {}
}

/// snake_case columns to Swift property names, where `_id` becomes `ID` (`pilot_id` -> `pilotID`),
/// and back. GRDB converts every column of every row it reads or writes; the names are few, so
/// each conversion is done once and remembered.
enum ColumnNames {
    static let decoding = DatabaseColumnDecodingStrategy.custom { column in
        ColumnKey(stringValue: properties.value(for: column, propertyName))
    }

    static let encoding = DatabaseColumnEncodingStrategy.custom { key in columns.value(for: key.stringValue, columnName) }

    private static let properties = Memo()
    private static let columns = Memo()

    static func propertyName(_ column: String) -> String {
        column.split(separator: "_").enumerated().map { index, part in
            if index == 0 { return String(part) }
            return part == "id" ? "ID" : part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
    }

    /// The inverse of `propertyName`, as GRDB's `.convertToSnakeCase` spells our properties: a
    /// word starts at a capital after a lowercase letter or digit (`baaSigned`, `pilotID`).
    static func columnName(_ property: String) -> String {
        var column = ""
        var previous: Character?
        for character in property {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { column.append("_") }
            column += character.lowercased()
            previous = character
        }
        return column
    }

    struct ColumnKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    /// A conversion's results by input, shared by every connection's thread.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [String: String] = [:]

        func value(for input: String, _ convert: (String) -> String) -> String {
            if let known = lock.withLock({ results[input] }) { return known }
            let result = convert(input)
            lock.withLock { results[input] = result }
            return result
        }
    }
}

/// Column values as GRDB's `Codable` path stores them, made faster for the columns bulk writes
/// repeat: the rows of one transaction share one timestamp, and array columns hold plain words.
enum ColumnValues {
    /// GRDB's own JSON encoder for array columns, for the arrays the plain path cannot spell.
    private static let arrayEncoder = Feedback.databaseJSONEncoder(for: "tags")
    private static let lastTimestamp = LastValue()

    /// The JSON text GRDB would store for `strings`; written directly when every element is
    /// letters, digits, '-' or '_', where the encoder's output is known: `["a","b"]`.
    static func jsonArray(_ strings: [String]) throws -> String {
        let plain = strings.allSatisfy { $0.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
        } }
        guard plain else { return String(decoding: try arrayEncoder.encode(strings), as: UTF8.self) }
        return "[" + strings.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    }

    /// `date.databaseValue`, remembered for the last date: formatting costs microseconds.
    static func timestamp(_ date: Date) -> DatabaseValue { lastTimestamp.value(for: date) }

    final class LastValue: @unchecked Sendable {
        private let lock = NSLock()
        private var last: (Date, DatabaseValue)?

        func value(for date: Date) -> DatabaseValue {
            if let last = lock.withLock({ last }), last.0 == date { return last.1 }
            let value = date.databaseValue
            lock.withLock { last = (date, value) }
            return value
        }
    }
}

/// Rows keyed by an integer id assigned on insert.
public protocol IdentifiedRecord: StoredRecord {
    var id: Int64? { get set }
}

extension IdentifiedRecord {
    public var auditID: String { id.map(String.init) ?? "?" }
    var auditKey: AuditKey { id.map(AuditKey.number) ?? AuditKey(auditID) }
    public static var primaryKey: [String] { ["id"] }
    public mutating func assign(id: Int64) { self.id = id }
}

extension Stage: DatabaseValueConvertible {}
extension PilotStatus: DatabaseValueConvertible {}
extension Role: DatabaseValueConvertible {}
extension Discipline: DatabaseValueConvertible {}
extension Sensitivity: DatabaseValueConvertible {}
extension Access: DatabaseValueConvertible {}
extension Hosting: DatabaseValueConvertible {}
extension VettingStatus: DatabaseValueConvertible {}
extension AccountKind: DatabaseValueConvertible {}
extension FeedbackCategory: DatabaseValueConvertible {}
extension RiskCategory: DatabaseValueConvertible {}
extension RiskStatus: DatabaseValueConvertible {}
extension Severity: DatabaseValueConvertible {}
extension IncidentKind: DatabaseValueConvertible {}
extension IncidentStatus: DatabaseValueConvertible {}
extension DecisionKind: DatabaseValueConvertible {}
extension SignOffVerdict: DatabaseValueConvertible {}

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { try? Day(parsing: $0, field: "day") }
    }
}

extension Person: IdentifiedRecord { public static let entity = "person" }
extension Tool: IdentifiedRecord { public static let entity = "tool" }
extension ToolReview: IdentifiedRecord { public static let entity = "tool_review" }
extension Pilot: IdentifiedRecord {
    public static let entity = "pilot"
    public var auditPilotID: Int64? { id }
}
extension MetricMeasurement: IdentifiedRecord {
    public static let entity = "measurement"
    public var auditPilotID: Int64? { pilotID }

    /// Column by column rather than through `Codable`, whose key conversion dominated reading a
    /// million of them in `audit verify`. Throws, rather than traps, on an unreadable value.
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), pilotID: try row.decode(forColumn: "pilot_id"),
            metricKey: try row.decode(forColumn: "metric_key"), value: try row.decode(forColumn: "value"),
            n: try row.decode(forColumn: "n"), day: try row.decode(forColumn: "day"), stage: try row.decode(forColumn: "stage"),
            isBaseline: try row.decode(forColumn: "is_baseline"), sd: try row.decode(forColumn: "sd"))
    }
}
extension MetricMeasurement: BulkRecord {
    static let columns: [(name: String, reading: ColumnReading)] = [
        ("id", .integer), ("pilot_id", .integer), ("metric_key", .text), ("value", .real), ("n", .integer), ("day", .textValue),
        ("stage", .textValue), ("is_baseline", .integer), ("sd", .optionalReal),
    ]
    func bind(to insert: any PreparedInsert) {
        insert.bind(id)
        insert.bind(pilotID)
        insert.bind(metricKey)
        insert.bind(value)
        insert.bind(n)
        insert.bind(day)
        insert.bind(stage)
        insert.bind(isBaseline)
        insert.bind(sd)
    }

    init?(columns: some ColumnReader) {
        guard let id = columns.int64(0), let pilotID = columns.int64(1), let metricKey = columns.string(2),
            let value = columns.double(3), let n = columns.int(4), let day = columns.day(5),
            let stage: Stage = columns.labeled(6), let isBaseline = columns.bool(7), let sd = columns.optionalDouble(8)
        else { return nil }
        self.init(
            id: id, pilotID: pilotID, metricKey: metricKey, value: value, n: n, day: day, stage: stage, isBaseline: isBaseline, sd: sd)
    }
}
extension Feedback: IdentifiedRecord {
    public static let entity = "feedback"
    public var auditPilotID: Int64? { pilotID }
}
extension Feedback: BulkRecord {
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
extension Risk: IdentifiedRecord {
    public static let entity = "risk"
    public var auditPilotID: Int64? { pilotID }
}
extension Incident: IdentifiedRecord {
    public static let entity = "incident"
    public var auditPilotID: Int64? { pilotID }
}
extension Decision: IdentifiedRecord {
    public static let entity = "decision"
    public var auditPilotID: Int64? { pilotID }
}
extension SignOff: IdentifiedRecord {
    public static let entity = "sign_off"
    public var auditPilotID: Int64? { pilotID }
}

extension DataDomain: StoredRecord {
    public static let entity = "data_domain"
    public static let primaryKey = ["key"]
    public var auditID: String { key }
}

/// An organization setting (organization domains, demo flag).
struct SettingRow: StoredRecord, Equatable {
    public static let entity = "setting"
    static let primaryKey = ["key"]
    var key: String
    var value: String
    var auditID: String { key }
}

/// A playbook as it was when a pilot first used it, so later edits of the file cannot change
/// the rules a running pilot was approved under.
struct PlaybookRow: StoredRecord, Equatable {
    public static let entity = "playbook"
    static let primaryKey = ["key"]
    var key: String
    var title: String
    var body: String
    var auditID: String { key }
}

/// One data domain in one pilot's scope.
struct ScopeRow: StoredRecord, Equatable {
    public static let entity = "pilot_scope"
    static let primaryKey = ["pilot_id", "domain_key"]
    var pilotID: Int64
    var domainKey: String
    var access: Access
    var auditID: String { "\(pilotID)/\(domainKey)" }
    public var auditPilotID: Int64? { pilotID }
}

/// One person taking part in one pilot.
struct ParticipantRow: StoredRecord, Equatable {
    public static let entity = "participant"
    static let primaryKey = ["pilot_id", "login"]
    var pilotID: Int64
    var login: String
    var account: AccountKind
    /// The stage they are enrolled for while they wait for its go decision; nil once active.
    var pendingStage: Stage?
    var auditID: String { "\(pilotID)/\(login)" }
    public var auditPilotID: Int64? { pilotID }
}

extension IncidentEvent: IdentifiedRecord { public static let entity = "incident_event" }
