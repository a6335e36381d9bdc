import Testing
import TerminalKit

@Suite struct ThemeTests {
    private func roles(_ theme: Theme) -> [Style] {
        [theme.normal, theme.muted, theme.header, theme.title, theme.selected, theme.selectedUnfocused,
         theme.accent, theme.border, theme.focusedBorder, theme.ok, theme.warn, theme.bad, theme.info,
         theme.highlight, theme.statusBar, theme.statusKey, theme.input, theme.riskLow, theme.riskMedium,
         theme.riskHigh] + theme.ratings
    }

    @Test func monoUsesOnlyBoldUnderlineAndReverse() {
        for style in roles(.mono) {
            #expect(!style.hasColor)
            #expect(!style.dim)
        }
    }

    @Test func colorThemeUsesColour() {
        #expect(roles(.color).contains { $0.hasColor })
    }

    @Test func selectionIsVisibleInBothThemes() {
        #expect(Theme.mono.selected != Theme.mono.normal)
        #expect(Theme.color.selected != Theme.color.normal)
    }

    @Test func noColorAndDumbTerminalsGetMono() {
        #expect(Theme.forEnvironment(["NO_COLOR": "1", "TERM": "xterm"]) == .mono)
        #expect(Theme.forEnvironment(["TERM": "dumb"]) == .mono)
        #expect(Theme.forEnvironment(["NO_COLOR": "", "TERM": "xterm-256color"]) == .color)
        #expect(Theme.forEnvironment([:]) == .color)
    }

    @Test func ratingsAreClamped() {
        #expect(Theme.color.rating(0) == Theme.color.ratings[0])
        #expect(Theme.color.rating(9) == Theme.color.ratings[4])
    }
}
