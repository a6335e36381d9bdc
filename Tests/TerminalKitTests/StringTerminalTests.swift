import Testing
import TerminalKit

@Suite struct StringTerminalTests {
    @Test func sanitizingReplacesControlClusters() {
        #expect("ok".sanitizedForTerminal == "ok")
        #expect("a\u{1B}]0;x\u{7}b".sanitizedForTerminal == "a\u{FFFD}]0;x\u{FFFD}b")
        #expect("x\u{2066}y".sanitizedForTerminal == "x\u{FFFD}y")
    }

    @Test func truncationKeepsShortText() {
        #expect("pilot".truncated(toWidth: 5) == "pilot")
    }

    @Test func truncationEndsInAnEllipsis() {
        #expect("ambient scribe".truncated(toWidth: 8) == "ambient…")
        #expect("ab".truncated(toWidth: 1) == "…")
        #expect("ab".truncated(toWidth: 0) == "")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect("日本語".truncated(toWidth: 4) == "日…")
        #expect("日本語".truncated(toWidth: 4).displayWidth == 3)
        #expect("a日本".truncated(toWidth: 4) == "a日…")
    }

    @Test func truncationSanitises() {
        #expect("a\u{1B}b".truncated(toWidth: 9) == "a\u{FFFD}b")
    }

    @Test func fittingPadsToTheExactWidth() {
        #expect("ab".fitted(toWidth: 5) == "ab   ")
        #expect("ab".fitted(toWidth: 5, alignment: .right) == "   ab")
        #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
        #expect("abcdef".fitted(toWidth: 4) == "abc…")
        #expect("日本語".fitted(toWidth: 4) == "日… ")
    }

    @Test func wrappingBreaksAtSpaces() {
        #expect("the quick brown fox".wrapped(toWidth: 10) == ["the quick", "brown fox"])
    }

    @Test func wrappingKeepsLineBreaksAndBlankLines() {
        #expect("one\n\ntwo three".wrapped(toWidth: 5) == ["one", "", "two", "three"])
    }

    @Test func wrappingBreaksLongWords() {
        #expect("abcdefgh ij".wrapped(toWidth: 3) == ["abc", "def", "gh", "ij"])
        #expect("日本語".wrapped(toWidth: 3) == ["日", "本", "語"])
    }

    @Test func compactNumbers() {
        #expect(12.0.compactDescription == "12")
        #expect((-3.0).compactDescription == "-3")
        #expect(0.5.compactDescription == "0.5")
    }
}
