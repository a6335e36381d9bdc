import Foundation
import GRDB
import PilotKit

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
