import Testing
import TerminalKit

@Suite struct SparklineTests {
    @Test func mapsValuesToEighthBlocks() {
        #expect(render(Sparkline([0, 1, 2, 3, 4, 5, 6, 7, 8]), width: 9, height: 1).text == "▁▁▂▃▄▅▆▇█")
    }

    @Test func showsTheNewestValuesThatFit() {
        #expect(render(Sparkline([1, 2, 3, 4, 5]), width: 3, height: 1).text == "▅▆█")
    }

    @Test func tallerAreasStackBlocksAndDrawTheTarget() {
        let spark = Sparkline([2, 8, 0], target: 6, range: 0...8)
        #expect(render(spark, width: 3, height: 2).text == "┈█┈\n▄█▁")
    }

    @Test func gapsForMissingValues() {
        #expect(render(Sparkline([1, .nan, 1]), width: 3, height: 1).text == "█ █")
    }

    @Test func barsMeetingTheTargetAreOk() {
        let spark = Sparkline([3, 7, 5], target: 5, higherIsBetter: true)
        let canvas = render(spark, width: 3, height: 1, theme: .color)
        #expect(canvas.mask(of: Theme.color.ok) == ".##")
        #expect(canvas.mask(of: Theme.color.warn) == "#..")
        let lower = render(Sparkline([3, 7, 5], target: 5, higherIsBetter: false), width: 3, height: 1, theme: .color)
        #expect(lower.mask(of: Theme.color.ok) == "#.#")
    }
}
