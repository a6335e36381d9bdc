import PilotKit

/// Text as Pilotdeck stores it, read from raw bytes exactly as GRDB and `Codable` would read it,
/// or nil when it is spelled any other way.
enum StoredText {
    /// YYYY-MM-DD, as `Day(parsing:)` reads it.
    static func day(_ text: UnsafeBufferPointer<UInt8>) -> Day? {
        guard text.count == 10, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), let year = number(text, 0..<4),
            let month = number(text, 5..<7), let day = number(text, 8..<10)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Milliseconds since 1970 of a date as GRDB stores one, "YYYY-MM-DD HH:MM:SS.SSS" in UTC, in
    /// the years where GRDB's calendar is the proleptic Gregorian one: the rounding the audit chain
    /// applies to GRDB's `Date` gives back exactly these milliseconds.
    static func milliseconds(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard text.count == 23, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"),
            text[10] == UInt8(ascii: " "), text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"),
            text[19] == UInt8(ascii: "."), let year = number(text, 0..<4), (1900...9999).contains(year),
            let month = number(text, 5..<7), let dayOfMonth = number(text, 8..<10),
            let day = Day(year: year, month: month, day: dayOfMonth), let hour = number(text, 11..<13), hour < 24,
            let minute = number(text, 14..<16), minute < 60, let second = number(text, 17..<19), second < 60,
            let millisecond = number(text, 20..<23)
        else { return nil }
        return ((Int64(day.ordinal) * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
    }

    /// A JSON array of plain strings as `ColumnValues.jsonArray` writes it (`["a","b"]`, no
    /// escapes or spaces), which `JSONDecoder` reads into exactly these strings.
    static func strings(_ text: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard text.count >= 2, text.first == UInt8(ascii: "["), text.last == UInt8(ascii: "]") else { return nil }
        let body = UnsafeBufferPointer(rebasing: text[1..<(text.count - 1)])
        if body.isEmpty { return [] }
        var strings: [String] = []
        for element in body.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            guard element.count >= 2, element.first == UInt8(ascii: "\""), element.last == UInt8(ascii: "\"") else { return nil }
            let content = element.dropFirst().dropLast()
            guard content.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else { return nil }
            strings.append(String(decoding: content, as: UTF8.self))
        }
        return strings
    }

    /// A NUL-terminated text up to its NUL, as `String(cString:)` reads it, when its bytes are
    /// ASCII (so the string holds exactly them); eight bytes at a time once aligned, since an
    /// aligned read never crosses into the next page.
    static func ascii(_ text: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var index = 0
        while (Int(bitPattern: text + index) & 7) != 0 {
            if text[index] == 0 { return UnsafeBufferPointer(start: text, count: index) }
            if text[index] >= 0x80 { return nil }
            index += 1
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while true {
            let word = UnsafeRawPointer(text + index).load(as: UInt64.self)
            // A zero byte borrows into its top bit; bytes with their own top bit set are not ASCII.
            if (word & highs) != 0 || ((word &- ones) & highs) != 0 { break }
            index += 8
        }
        while text[index] != 0 {
            if text[index] >= 0x80 { return nil }
            index += 1
        }
        return UnsafeBufferPointer(start: text, count: index)
    }

    private static func number(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = Int(text[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
