import Testing
import TerminalKit

@Suite struct LikertTests {
    @Test func segmentsAreProportionalAndLabelled() {
        let likert = Likert(counts: [1, 1, 2, 4, 2])
        let canvas = render(likert, width: 15, height: 1, theme: .color)
        #expect(canvas.text == "123  4  5  n=10")
        #expect(canvas.mask(of: Theme.color.rating(4)) == "....####.......")
    }

    @Test func largestRemaindersFillTheBar() {
        let likert = Likert(ratings: [5, 5, 1, 9], showsCount: false)
        #expect(likert.counts == [1, 0, 0, 0, 2])
        #expect(render(likert, width: 10, height: 1).text == " 1    5")
    }

    @Test func noRatings() {
        #expect(render(Likert(counts: [0, 0, 0, 0, 0]), width: 15, height: 1).text == "no ratings")
    }

    @Test func countIsDroppedWhenNarrow() {
        #expect(render(Likert(counts: [0, 0, 0, 0, 3]), width: 8, height: 1).text == "   5")
    }
}
