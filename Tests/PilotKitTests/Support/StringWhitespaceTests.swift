import Foundation
import PilotKit
import Testing

@Test("trimmingWhitespace answers as Foundation's trimming does, with or without its fast path", arguments: [
    "", " ", "%", " % ", "count\t", "\tcount", "per 1000 visits", "a b", " \u{00A0}score\u{00A0}", "\u{2003}minutes", "minutes\u{2003}",
    "é", " é ", "\u{0085}x", "x\n", "ümlaut",
])
func trimmingWhitespace(text: String) {
    #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
}
