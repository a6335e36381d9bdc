import Foundation
import Testing
@testable import PilotReports

@Suite("Figures and dates")
struct DisplayTests {
    @Test("numbers as everywhere else (NumberText.display): three significant digits, no locale")
    func numbers() {
        #expect(Display.number(12) == "12")
        #expect(Display.number(0.444) == "0.444")
        #expect(Display.number(1_234_567.891) == "1234568")
        #expect(Display.number(nil) == Display.missing)
    }

    @Test("values carry their unit as people write it")
    func measures() {
        #expect(Display.measure(62.5, unit: "%") == "62.5%")
        #expect(Display.measure(12, unit: "minutes") == "12 minutes")
        #expect(Display.measure(37.2, unit: "score") == "37.2")
        #expect(Display.measure(7.8, unit: "0-10") == "7.8 (0-10)")
        #expect(Display.measure(nil, unit: "minutes") == Display.missing)
    }

    @Test("times are UTC, to the minute for people and to the second for data")
    func times() {
        let date = ReportFixtures.at("2026-03-02", hour: 9.5).addingTimeInterval(7.9)
        #expect(Display.timestamp(date) == "2026-03-02 09:30 UTC")
        #expect(Display.isoTimestamp(date) == "2026-03-02T09:30:07Z")
    }
}
