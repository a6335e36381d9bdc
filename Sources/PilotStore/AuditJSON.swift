import Foundation

/// The one serialisation of rows into the audit log. The verifier re-encodes current rows with it
/// and compares, so it must be deterministic: sorted keys, dates as whole milliseconds. One
/// encoder serves every call: configuring a new one per row was a measurable share of each write.
enum AuditJSON {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        return encoder
    }()

    static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
