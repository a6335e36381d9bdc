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

    @Test("figures are shown whole, or to three significant digits without trailing zeros", arguments: [
        (12.0, "12"), (-3.0, "-3"), (12.5, "12.5"), (10.84, "10.8"), (148.3, "148"), (1234.56, "1235"), (0.444, "0.444"),
        (7.2, "7.2"), (-1.5, "-1.5"), (0.0012345, "0.0012"), (-0.00001, "0"), (-0.0, "0"), (1e20, "100000000000000000000"),
    ])
    func display(value: Double, text: String) {
        #expect(NumberText.display(value) == text)
    }

    @Test("a figure that is missing or not finite says so")
    func displayMissing() {
        #expect(NumberText.display(nil) == NumberText.missing)
        #expect(NumberText.display(.nan) == "n/a")
        #expect(NumberText.display(.infinity) == "n/a")
    }
}
