import Testing
import TerminalKit

@Suite struct PipelineMarkerTests {
    private let stages = ["intake", "validation", "micro", "controlled", "expansion", "general"]

    @Test func fullPipelineHighlightsTheCurrentStage() {
        let marker = PipelineMarker(stages: stages, current: 2)
        #expect(marker.fullWidth == 62)
        let canvas = render(marker, width: 62, height: 1)
        #expect(canvas.text == "intake ▸ validation ▸ micro ▸ controlled ▸ expansion ▸ general")
        #expect(canvas.mask(of: Theme.mono.highlight) == String(repeating: ".", count: 22) + "#####" + String(repeating: ".", count: 35))
    }

    @Test func compactFormWhenNarrow() {
        #expect(render(PipelineMarker(stages: stages, current: 2), width: 20, height: 1).text == "●●●○○○ micro")
        #expect(render(PipelineMarker(stages: stages, current: 2), width: 8, height: 1).text == "●●●○○○")
        #expect(render(PipelineMarker(stages: stages, current: nil), width: 8, height: 1).text == "○○○○○○")
    }
}
