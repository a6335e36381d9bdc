import Testing
@testable import PilotDeck

@Suite("Work split in two halves")
struct HalvesTests {
    struct Refused: Error, Equatable {}

    @Test("below the minimum the work runs once on everything; from it, once per half, in order, covering every item")
    func splits() throws {
        #expect(try Halves.map(Array(1...7), minimum: 8) { $0 } == [Array(1...7)])
        let halves = try Halves.map(Array(1...9), minimum: 8) { $0 }
        #expect(halves == [Array(1...4), Array(5...9)])
    }

    @Test("an error in either half is thrown")
    func throwsAnError() {
        #expect(throws: Refused()) {
            try Halves.map(Array(0..<10), minimum: 2) { half in
                if half.contains(7) { throw Refused() }
                return half.count
            }
        }
    }
}
