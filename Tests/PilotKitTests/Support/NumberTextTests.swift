import Testing
import PilotKit

@Suite("Numbers as people write them")
struct NumberTextTests {
    @Test("decimal numbers are read", arguments: [("12", 12.0), (" -3.5 ", -3.5), (".5", 0.5), ("5.", 5.0), ("+1e3", 1000.0), ("-0", 0.0)])
    func decimal(text: String, value: Double) {
        #expect(NumberText.decimal(text) == value)
    }

    @Test("hex, nan, infinity, a NUL, separators and words are not numbers", arguments: [
        "0x1A", "0x1p3", "nan", "inf", "-infinity", "12\u{0}5", "12\u{0}", "1_000", "1,5", "1e", "e5", ".", "-", "", "twelve", "١٢", "1e999",
    ])
    func notDecimal(text: String) {
        #expect(NumberText.decimal(text) == nil)
    }
}
