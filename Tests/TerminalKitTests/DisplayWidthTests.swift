import Testing
@testable import TerminalKit

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("日", 2), ("Ａ", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("😀", 2), ("🚑", 2), ("👍🏽", 2), ("❤️", 2), ("❤", 1), ("1️⃣", 2), ("🇺🇸", 2), ("👨‍👩‍👧", 2),
        ("\u{200B}", 0), ("\u{301}", 0), ("\u{AD}", 1), ("\u{1B}", 1), ("\t", 1), ("\u{9B}", 1), ("\r\n", 1),
        ("─", 1), ("…", 1), ("▸", 1),
    ])
    func characterWidths(text: String, width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    @Test func stringWidthSumsItsCharacters() {
        #expect("".displayWidth == 0)
        #expect("abc".displayWidth == 3)
        #expect("日本語 ok".displayWidth == 9)
        #expect("Café 🚑".displayWidth == 7)
    }

    @Test func scalarWidths() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x41)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x07)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x4E00)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x303F)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
    }

    @Test("printable ASCII is measured a column a byte, and any other byte sends the text through the cluster rules",
          arguments: ["PILOT-7 ready", "", "tab\there", "line\r\nbreak", "caf\u{E9}", "a\u{1B}[31m", "~ \u{7F}"])
    func asciiFastPathAgrees(text: String) {
        #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
        for width in 0...text.count + 1 {
            #expect(text.truncated(toWidth: width).displayWidth <= width, "\(text.debugDescription) at \(width)")
        }
        #expect(text.sanitizedForTerminal.unicodeScalars.allSatisfy { !TerminalSafety.isUnsafe($0) })
    }
}
