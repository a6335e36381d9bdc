import Foundation
import Testing
import TerminalKit

@Suite struct GlyphSetTests {
    static let screens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Screens")

    @Test func unicodeDrawsEveryGraphemeAsItIs() {
        #expect(GlyphSet.unicode.text(for: "●", width: 1) == "●")
        #expect(GlyphSet.unicode.text(for: "日", width: 2) == "日")
    }

    @Test func asciiGivesEachGlyphAStandInOfItsWidth() {
        let ascii = GlyphSet.ascii
        #expect(["●", "…", "─", "│", "┌", "╯", "█", "▁", "✔", "✘", "▸", "→"].map { ascii.text(for: $0, width: 1) }
            == ["*", ".", "-", "|", "+", "+", "#", "_", "v", "x", ">", ">"])
        #expect(ascii.text(for: "a", width: 1) == "a")
        #expect(ascii.text(for: "é", width: 1) == "?")
        #expect(ascii.text(for: "日", width: 2) == "??")
        #expect(ascii.text(for: "👍🏽", width: 2) == "??")
    }

    /// Every glyph the golden screens draw has a stand-in: none falls back to `?`.
    @Test func everyGlyphOnTheGoldenScreensHasAStandIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.screens.path).filter { $0.hasSuffix(".txt") }
        #expect(!files.isEmpty)
        var missing: Set<Character> = []
        for file in files {
            let text = try String(contentsOf: Self.screens.appendingPathComponent(file), encoding: .utf8)
            for character in text where !character.isASCII && !character.isLetter {
                if GlyphSet.ascii.text(for: String(character), width: 1) == "?" { missing.insert(character) }
            }
        }
        #expect(missing.isEmpty, "no stand-in for \(String(missing.sorted()))")
    }
}
