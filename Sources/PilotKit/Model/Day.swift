import Foundation

/// A calendar date without time or zone (YYYY-MM-DD), the grain of measurements and reviews.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    public init(_ date: Date) { ordinal = Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }

    /// Parses YYYY-MM-DD, naming the field on failure.
    public init(parsing text: String, field: String) throws {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), let day = Day(year: y, month: m, day: d)
        else {
            // A date-shaped entry is shown as typed: digits in that shape spell no name, address or
            // record number. Anything else may be a patient's details typed into the wrong field.
            throw FieldError(field, "'\(Self.isDateShaped(text) ? text : Text.sanitized(text))' is not a date; write YYYY-MM-DD")
        }
        self = day
    }

    /// Four digits, a dash, one or two digits, a dash, one or two digits.
    static func isDateShaped(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0].count == 4 && (1...2).contains(parts[1].count) && (1...2).contains(parts[2].count)
            && parts.allSatisfy { $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    /// The day of a calendar date, or nil when the month or the day of the month is out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    public var date: Date { Date(timeIntervalSince1970: Double(ordinal) * 86_400) }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// YYYY-MM-DD, as `%04d-%02d-%02d` prints it. Years 0...9999 are spelled digit by digit:
    /// `String(format:)` took microseconds, and `audit verify` prints a day per measurement.
    public var description: String {
        let (y, m, d) = civil
        guard (0...9999).contains(y) else { return String(format: "%04d-%02d-%02d", y, m, d) }
        return String(unsafeUninitializedCapacity: 10) { text in
            func digits(_ value: Int, in range: Range<Int>) {
                var rest = value
                for index in range.reversed() {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            digits(y, in: 0..<4)
            text[4] = UInt8(ascii: "-")
            digits(m, in: 5..<7)
            text[7] = UInt8(ascii: "-")
            digits(d, in: 8..<10)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text, field: "date")
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // Howard Hinnant's civil-from-days algorithms: exact for the proleptic Gregorian calendar.
    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    var civil: (Int, Int, Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
