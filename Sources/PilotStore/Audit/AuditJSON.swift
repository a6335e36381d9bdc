import Foundation

/// The one serialisation of rows into the audit log. The verifier re-encodes current rows with it
/// and compares, so it must be deterministic: sorted keys, dates as whole milliseconds, spelled
/// byte for byte as `JSONEncoder` spelled them when the chain began (see `AuditJSONWriter`).
enum AuditJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let json = AuditJSONWriter()
        try write(value, to: json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// Appends `value`'s document to `json`: records that write themselves do, others go through
    /// their `Codable` conformance.
    static func write<T: Encodable>(_ value: T, to json: AuditJSONWriter) throws {
        if let record = value as? any AuditJSONWritable {
            try record.write(to: json)
        } else {
            try AuditJSONEncoder.value(of: value, at: []).write(to: json)
        }
    }
}
