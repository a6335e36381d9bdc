import Foundation
import PilotKit

/// A row's column values, read as GRDB's decoding reads them, for the tables `audit verify` reads
/// by the hundred thousand. Each accessor answers nil where it cannot be sure of GRDB's answer
/// (NULL where a value is due, text beyond ASCII, a storage class Pilotdeck never writes), so that
/// the caller hands the row to GRDB's decoding instead and gets exactly what it always got.
protocol ColumnReader {
    /// Any non-NULL value as GRDB reads it into an integer.
    func int64(_ column: Int32) -> Int64?
    /// Any non-NULL value as GRDB reads it into a `Double`.
    func double(_ column: Int32) -> Double?
    /// A value as GRDB reads it into a `String` (up to any NUL), when those bytes are ASCII.
    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8>?
    /// TEXT storage as `text(_:)`: what GRDB's `DatabaseValue` holds as a string for the types it
    /// decodes from one (labels, days, dates, JSON), which read other storage classes differently.
    func textValue(_ column: Int32) -> UnsafeBufferPointer<UInt8>?
    /// Whether the value is NULL, for an optional column.
    func isNull(_ column: Int32) -> Bool
    /// `.some(nil)` for NULL, else the integer as `int64(_:)` reads it.
    func optionalInt64(_ column: Int32) -> Int64??
    /// `.some(nil)` for NULL, else as `text(_:)`.
    func optionalText(_ column: Int32) -> UnsafeBufferPointer<UInt8>??
}

/// Which of `ColumnReader`'s readings a decoder makes of a column; `optionalReal` and
/// `optionalTextValue` are `real` and `textValue` of a column that may also be NULL.
enum ColumnReading {
    case integer, real, optionalReal, text, textValue, optionalTextValue
}

extension ColumnReader {
    func optionalInt64(_ column: Int32) -> Int64?? {
        if isNull(column) { return .some(nil) }
        return int64(column).map { .some($0) }
    }

    func optionalText(_ column: Int32) -> UnsafeBufferPointer<UInt8>?? {
        if let text = text(column) { return .some(text) }
        return isNull(column) ? .some(nil) : nil
    }

    func int(_ column: Int32) -> Int? { int64(column).map { Int($0) } }

    /// As GRDB reads a boolean: any integer but zero is true.
    func bool(_ column: Int32) -> Bool? { int64(column).map { $0 != 0 } }

    func string(_ column: Int32) -> String? { text(column).map { String(decoding: $0, as: UTF8.self) } }

    func labeled<L: Labeled>(_ column: Int32) -> L? {
        textValue(column).flatMap { L(rawValue: String(decoding: $0, as: UTF8.self)) }
    }

    /// A day written as YYYY-MM-DD, as `Day(parsing:)` reads it.
    func day(_ column: Int32) -> Day? { textValue(column).flatMap(StoredText.day) }

    /// A date as GRDB stores one, for a record's `Date` property; see `StoredText.milliseconds`.
    func date(_ column: Int32) -> Date? {
        textValue(column).flatMap(StoredText.milliseconds).map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }

    /// `.some(nil)` for NULL, else the number as `double(_:)` reads it.
    func optionalDouble(_ column: Int32) -> Double?? {
        if isNull(column) { return .some(nil) }
        return double(column).map { .some($0) }
    }

    /// `.some(nil)` for NULL, the date as `date(_:)` reads it, or nil for anything else.
    func optionalDate(_ column: Int32) -> Date?? {
        if isNull(column) { return .some(nil) }
        return date(column).map { .some($0) }
    }

    func strings(_ column: Int32) -> [String]? { textValue(column).flatMap(StoredText.strings) }

    func labels<L: Labeled>(_ column: Int32) -> [L]? {
        guard let names = strings(column) else { return nil }
        let labels = names.compactMap(L.init(rawValue:))
        return labels.count == names.count ? labels : nil
    }
}
