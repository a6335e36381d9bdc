import Foundation
import GRDB
import PilotDemo
import PilotKit
import Testing
@testable import PilotStore

/// The verifier reads stored text without GRDB when it is spelled as Pilotdeck spells it; each
/// reading must give exactly what GRDB's own reading gives, and nil otherwise.
@Suite("Stored text")
struct StoredTextTests {
    @Test("ASCII up to the NUL is read at every alignment and length; anything beyond ASCII is refused")
    func ascii() {
        var generator = SplitMix64(seed: 11)
        for offset in 0..<16 {
            for length in 0..<48 {
                var bytes = [UInt8](repeating: 0, count: 80)
                for index in 0..<length { bytes[offset + index] = UInt8(1 + generator.next() % 127) }
                bytes.withUnsafeBufferPointer { buffer in
                    let text = buffer.baseAddress! + offset
                    #expect(StoredText.ascii(text).map(Array.init) == Array(bytes[offset..<(offset + length)]))
                }
                guard length > 0 else { continue }
                bytes[offset + Int(generator.next() % UInt64(length))] = 0xC3
                bytes.withUnsafeBufferPointer { #expect(StoredText.ascii($0.baseAddress! + offset) == nil) }
            }
        }
    }

    @Test("dates as GRDB stores them are read to the millisecond GRDB's Date rounds to")
    func milliseconds() throws {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<3_000 {
            let date = Date(timeIntervalSince1970: Double(Int64(generator.next() % 200_000_000_000_000) - 2_000_000_000_000) / 1000)
            let stored = String.fromDatabaseValue(date.databaseValue)!
            let grdb = try #require(Date.fromDatabaseValue(stored.databaseValue))
            let read = Self.read(stored, StoredText.milliseconds)
            #expect(read == nil || read == AuditJSONWriter.milliseconds(grdb), "\(stored)")
            if (1900...9999).contains(Calendar(identifier: .gregorian).component(.year, from: date)) { #expect(read != nil, "\(stored)") }
        }
        for odd in ["2026-02-30 00:00:00.000", "2026-13-01 00:00:00.000", "2026-01-01 24:00:00.000", "2026-01-01T00:00:00.000",
                    "2026-01-01 00:00:00.0000", "2026-01-01 00:00:00", "1899-12-31 23:59:59.999", "2026-01-01 00:60:00.000"] {
            #expect(Self.read(odd, StoredText.milliseconds) == nil, "\(odd)")
        }
    }

    @Test("days read as Day(parsing:) reads them, or are left to it")
    func days() {
        for text in ["2026-03-02", "0001-01-01", "9999-12-31", "2024-02-29"] {
            #expect(Self.read(text, StoredText.day) == (try? Day(parsing: text, field: "day")), "\(text)")
            #expect(Self.read(text, StoredText.day) != nil, "\(text)")
        }
        for text in ["2023-02-29", "2026-3-02", "2026-03-2x", "+026-03-02", "2026-03-+2", ""] {
            #expect(Self.read(text, StoredText.day) == nil, "\(text)")
        }
    }

    @Test("plain JSON arrays of strings read as JSONDecoder reads them; any other spelling is left to it")
    func strings() throws {
        for text in ["[]", "[\"a\"]", "[\"name\",\"phone-number\",\"x y\"]", "[\"\"]"] {
            #expect(Self.read(text, StoredText.strings) == (try JSONDecoder().decode([String].self, from: Data(text.utf8))))
        }
        for text in ["[ \"a\" ]", "[\"a\\\"b\"]", "[\"a\",]", "[a]", "[\"a\"", "\"a\"", "[\"\u{1}\"]", "[1]"] {
            #expect(Self.read(text, StoredText.strings) == nil, "\(text)")
        }
    }

    static func read<T>(_ text: String, _ reading: (UnsafeBufferPointer<UInt8>) -> T?) -> T? {
        var text = text
        return text.withUTF8(reading)
    }
}
