import Foundation
import Testing
@testable import PilotKit

@Suite("Day")
struct DayTests {
    @Test("prints as %04d-%02d-%02d, within years 0...9999 and outside them")
    func description() {
        let ordinals = Array(-1_500...1_500) + Array(stride(from: -800_000, through: 3_000_000, by: 37))
            + [-719_528, -719_529, 2_932_896, 2_932_897, 40_000_000]
        for ordinal in ordinals {
            let day = Day(ordinal: ordinal)
            let (y, m, d) = day.civil
            #expect(day.description == String(format: "%04d-%02d-%02d", y, m, d), "ordinal \(ordinal)")
        }
    }

    @Test("parses what it prints")
    func roundTrip() throws {
        for ordinal in stride(from: -719_528, through: 2_932_896, by: 97) {
            let day = Day(ordinal: ordinal)
            #expect(try Day(parsing: day.description, field: "day") == day)
        }
    }
}
