import Foundation
import Testing
@testable import PilotReports

@Suite("Text from users")
struct SanitizedTests {
    @Test("controls become U+FFFD, line breaks \\n and tabs spaces, on every way in")
    func cleaned() throws {
        let raw = "a\u{0}b\u{7}c\u{1B}[31md\u{7F}e\u{85}f\u{202E}g\u{2067}h\r\ni\rj\u{2028}k\tl"
        let clean = "a\u{FFFD}b\u{FFFD}c\u{FFFD}[31md\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\ni\nj\nk l"
        var wrapped = Sanitized(wrappedValue: raw)
        #expect(wrapped.wrappedValue == clean)
        wrapped.wrappedValue = raw
        #expect(wrapped.wrappedValue == clean)
        let json = try JSONEncoder().encode([raw])
        let decoded = try JSONDecoder().decode([Sanitized<String>].self, from: json)
        #expect(decoded.first?.wrappedValue == clean)
        #expect(Sanitized(wrappedValue: [raw, "ok"]).wrappedValue == [clean, "ok"])
    }

    @Test("ordinary text, accents and emoji pass unchanged")
    func untouched() {
        let text = "Zoë's note: dose 500 mg → 250 mg, 😀, 中文, עברית"
        #expect(Sanitized(wrappedValue: text).wrappedValue == text)
    }
}
