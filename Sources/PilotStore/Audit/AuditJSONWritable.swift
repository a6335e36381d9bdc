import Foundation
import PilotKit

/// A record that writes its own audit JSON, member by member in sorted key order, instead of
/// going through `AuditJSONEncoder`: the kinds imported and verified by the hundred thousand.
/// Each must write exactly what its `Codable` conformance encodes (a test holds them to it):
/// the property names as keys, nil optionals left out.
protocol AuditJSONWritable {
    func write(to json: AuditJSONWriter) throws
}

extension MetricMeasurement: AuditJSONWritable {
    func write(to json: AuditJSONWriter) throws {
        json.beginObject()
        json.member("day", day)
        json.member("id", id)
        json.member("isBaseline", isBaseline)
        json.member("metricKey", metricKey)
        json.member("n", Int64(n))
        json.member("pilotID", pilotID)
        if let sd { try json.member("sd", sd) }
        json.member("stage", stage)
        try json.member("value", value)
        json.endObject()
    }
}

extension Feedback: AuditJSONWritable {
    func write(to json: AuditJSONWriter) throws {
        json.beginObject()
        json.member("authorLogin", authorLogin)
        json.member("category", category)
        json.member("createdAt", createdAt)
        json.member("id", id)
        json.member("pilotID", pilotID)
        json.member("rating", Int64(rating))
        json.member("redactedKinds", redactedKinds)
        json.member("stage", stage)
        json.member("tags", tags)
        json.member("text", text)
        json.member("withdrawnAt", withdrawnAt)
        json.endObject()
    }
}

extension AuditJSONWriter {
    func member(_ key: StaticString, _ value: String) {
        self.key(key)
        string(value)
    }

    func member(_ key: StaticString, _ value: some Labeled) { member(key, value.rawValue) }

    func member(_ key: StaticString, _ value: Day) { member(key, value.description) }

    func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    /// Left out when nil, as synthesized `Codable` leaves out a nil optional.
    func member(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        integer(value)
    }

    func member(_ key: StaticString, _ value: Double) throws {
        self.key(key)
        try double(value)
    }

    func member(_ key: StaticString, _ value: Date) {
        self.key(key)
        date(value)
    }

    /// Left out when nil, as synthesized `Codable` leaves out a nil optional.
    func member(_ key: StaticString, _ value: Date?) {
        guard let value else { return }
        member(key, value)
    }

    func member(_ key: StaticString, _ values: [String]) {
        self.key(key)
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    func member(_ key: StaticString, _ values: [some Labeled]) {
        self.key(key)
        beginArray()
        for value in values { string(value.rawValue) }
        endArray()
    }
}
