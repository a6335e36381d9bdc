import Foundation

/// Maps a range of data onto a range of drawing coordinates.
struct LinearScale {
    var domain: (low: Double, high: Double)
    var range: (low: Double, high: Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.high - domain.low
        guard span != 0 else { return (range.low + range.high) / 2 }
        return range.low + (value - domain.low) / span * (range.high - range.low)
    }
}
