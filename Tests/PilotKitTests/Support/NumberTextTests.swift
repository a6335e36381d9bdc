import Foundation
import PilotKit
import Testing

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

    /// How figures were shown before `NumberText.fixed`: C's `%.Nf` through Foundation, which
    /// rounds the exact binary value, ties to even.
    static func formatted(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return value == 0 ? "0" : String(Int(value)) }
        let magnitude = Int(floor(log10(abs(value))))
        return formatted(value, decimals: min(4, max(0, 2 - magnitude)))
    }

    @Test("figures round as C's %.Nf rounds them: exact ties to even, values just off a tie, and a sweep of magnitudes")
    func roundsAsFormatted() {
        let ties = [0.125, 0.375, 2.5, 3.5, 1234.5, 1235.5, 0.00005, 0.00015, 0.00025, 0.0625, 10.25, 10.75, 99.5, 999.5]
        let nearTies = [2.675, 1.005, 1.015, 0.285, 99.95, 0.0049999999, 0.045, 0.055, 9.995, 0.99995, 0.0099995, 149.5000001]
        var values = (ties + nearTies).flatMap { [$0, -$0] }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 11) / Double(1 << 53)
            let exponent = Int(state % 13) - 6
            values.append((mantissa - 0.5) * pow(10, Double(exponent)))
        }
        let differing = values.filter { NumberText.display($0) != Self.formatted($0) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "\($0): \(NumberText.display($0)) vs \(Self.formatted($0))" })")
        for decimals in 0...4 {
            let places = values.filter { NumberText.fixed($0, decimals: decimals) != Self.formatted($0, decimals: decimals) }
            #expect(places.isEmpty, "\(decimals) places: \(places.prefix(5))")
        }
    }

    /// `%.Nf` through Foundation, trailing zeros and point dropped, "0" for a zero.
    static func formatted(_ value: Double, decimals: Int) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return Double(text) == 0 ? "0" : text
    }

    @Test("a figure that is missing or not finite says so")
    func displayMissing() {
        #expect(NumberText.display(nil) == NumberText.missing)
        #expect(NumberText.display(.nan) == "n/a")
        #expect(NumberText.display(.infinity) == "n/a")
    }
}
